class A:
    def __init__(self, tag):
        self.tag = tag
    def __add__(self, o):
        return f"A.__add__({self.tag},{o.tag})"
    def __radd__(self, o):
        return f"A.__radd__({self.tag},{o.tag})"
    def __lt__(self, o):
        return f"A.__lt__({self.tag},{o.tag})"
    def __gt__(self, o):
        return f"A.__gt__({self.tag},{o.tag})"

class B(A):
    def __radd__(self, o):
        return f"B.__radd__({self.tag},{o.tag})"
    def __gt__(self, o):
        return f"B.__gt__({self.tag},{o.tag})"

class C(A):
    pass

class D(B):
    def __radd__(self, o):
        return NotImplemented

a, b, c, d = A("a"), B("b"), C("c"), D("d")
print(a + b)
print(b + a)
print(a + c)
print(c + a)
print(a < b)
print(b < a)
print(a < c)
print(a + d)
print(b + d)

class X:
    def __sub__(self, o):
        return "X.sub"
    def __rsub__(self, o):
        return "X.rsub"
class Y(X):
    pass
class Z(X):
    def __rsub__(self, o):
        return "Z.rsub"
print(X() - Y())
print(X() - Z())
print(Z() - X())

class I(int):
    def __radd__(self, o):
        return "I.radd"
    def __rmul__(self, o):
        return "I.rmul"
print(1 + I(2))
print(3 * I(2))
print(I(2) + 1)
class F(float):
    def __rsub__(self, o):
        return "F.rsub"
print(1.0 - F(2))
print(1 - F(2))
