# Class body scoping: names in class bodies are not visible to nested functions.
x = "module"
class A:
    x = "class"
    y = x
    def method(self):
        return x
    items = [x for _ in range(2)]
    z = [i * 2 for i in range(3)]
print(A.y, A().method(), A.items, A.z)
class B:
    n = 3
    try:
        vals = [n for _ in range(2)]
    except NameError as exc:
        vals = "NameError: " + str(exc)
    first = [i for i in range(n)]
print(B.vals)
print(B.first)
def outer():
    v = "enclosing"
    class C:
        w = v
        def m(self):
            return v
    return C
C = outer()
print(C.w, C().m())
def outer2():
    v = "enclosing"
    class D:
        v = "class-level"
        def m(self):
            return v
    return D
D = outer2()
print(D.v, D().m())
class E:
    a = 1
    b = a + 1
    del a
print(hasattr(E, "a"), E.b)
class F:
    names = ["p", "q"]
    lookup = {k: len(k) for k in names}
print(F.lookup)
