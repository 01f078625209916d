class A:
    def f(self, x):
        return ("f", type(self).__name__, x)

    def g(self):
        return "g"


a = A()
m = a.f
print(m(1), m.__self__ is a, m.__func__ is A.f)
print(A.f(a, 2))
print(a.f == a.f, a.f == A().f, a.f != a.g, a.f is a.f)
print(hash(a.f) == hash(a.f))
print(m.__name__, m.__qualname__)
print(type(m).__name__)
print(repr(m).startswith("<bound method A.f of <__main__.A object at 0x"))
methods = [a.f, a.g]
print([mm.__func__.__name__ for mm in methods])


class B(A):
    pass


b = B()
print(b.f(3), B.f is A.f)
fn = b.g
del b
print(fn())


def outside(self, y):
    return ("outside", y)


A.h = outside
print(a.h(9))
a.inst_fn = outside
print(a.inst_fn("self?", 10))
