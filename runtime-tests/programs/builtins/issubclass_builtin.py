# issubclass with classes, tuples and errors.
class A: pass
class B(A): pass
class C(B): pass

print(issubclass(C, A), issubclass(A, C), issubclass(C, C), issubclass(C, object))
print(issubclass(bool, int), issubclass(int, bool), issubclass(C, (int, A)), issubclass(C, ((str,), B)))
print(issubclass(ValueError, Exception), issubclass(KeyError, LookupError), issubclass(OSError, ValueError))
print(issubclass(FileNotFoundError, OSError), issubclass(int, int | str))
for args in [(1, int), (C(), A), ("A", A)]:
    try:
        issubclass(*args)
    except TypeError as e:
        print("TypeError:", e)
for bad in [1, (int, 1), "x"]:
    try:
        issubclass(int, bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    issubclass(int)
except TypeError as e:
    print("TypeError:", e)
