class A:
    pass
class B(A):
    pass
print(isinstance(B(), A), isinstance(A(), B), isinstance(B(), (int, (str, A))))
print(issubclass(B, A), issubclass(A, B), issubclass(B, (int, (list, A))), issubclass(A, A))
print(isinstance(1, ()), issubclass(int, ()))
for args in [(1, 1), (1, "int"), (1, [int]), (1, (int, 5))]:
    try:
        print(isinstance(*args))
    except TypeError as e:
        print("TypeError:", e)
for args in [(1, int), (int, 1), ("s", str), (int, (str, 5)), (A(), A)]:
    try:
        print(issubclass(*args))
    except TypeError as e:
        print("TypeError:", e)
print(isinstance(True, int), issubclass(bool, int), isinstance(None, type(None)))
print(isinstance(A, type), isinstance(type, type), isinstance(type, object), issubclass(type, object))
print(isinstance(int | str, type), isinstance(1, int | str), isinstance("s", int | None))
print(issubclass(bool, int | str))
print((int | None).__args__, int | None, None | str)
try:
    isinstance()
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(int)
except TypeError as e:
    print("TypeError:", e)
class FakeBases:
    __bases__ = (A,)
try:
    print(issubclass(FakeBases(), A))
except TypeError as e:
    print("TypeError:", e)
class FakeClass:
    @property
    def __class__(self):
        return A
print(isinstance(FakeClass(), A), type(FakeClass()).__name__)
print(isinstance(1, (int,) * 3), isinstance(1, ((((int,),),),)))
