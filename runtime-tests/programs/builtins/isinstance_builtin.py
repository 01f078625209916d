# isinstance with classes, tuples (nested), unions, and errors.
class A: pass
class B(A): pass
class C: pass

b = B()
print(isinstance(b, B), isinstance(b, A), isinstance(b, object), isinstance(b, C))
print(isinstance(b, (C, A)), isinstance(b, (C, (int, (A,)))), isinstance(b, ()))
print(isinstance(1, int), isinstance(True, int), isinstance(1, bool), isinstance(1.0, (int, float)))
print(isinstance("s", str), isinstance(None, type(None)), isinstance(int, type), isinstance(type, object))
print(isinstance(1, int | str), isinstance("x", int | str), isinstance(1.5, int | str))
print(isinstance([], list), isinstance({}, dict), isinstance((), tuple))
print(isinstance(b, (int, A, 5)))
for bad in [5, "int", (int, 5), [int]]:
    try:
        isinstance(1.5, bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    isinstance(1)
except TypeError as e:
    print("TypeError:", e)
