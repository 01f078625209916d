class A:
    pass


class B:
    def __init__(self, *a):
        object.__init__(self, *a)


class C:
    def __new__(cls, *a):
        return object.__new__(cls, *a)


class D:
    def __init__(self, x):
        self.x = x


class E:
    def __init__(self):
        return 1


tests = [
    lambda: A(1),
    lambda: A(k=1),
    lambda: object.__init__(A(), 1),
    lambda: B(1),
    lambda: C(1),
    lambda: D(),
    lambda: E(),
    lambda: object(1),
    lambda: object.__new__(A, 1),
    lambda: object.__new__(D, 1).__class__.__name__,
]
for t in tests:
    try:
        print("ok", t())
    except TypeError as e:
        print("TypeError:", e)
print(type(A()).__name__, B().__class__.__name__, D(5).x)
