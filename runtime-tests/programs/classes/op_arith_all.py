class R:
    def __init__(self, name):
        self.name = name

    def __sub__(self, o): return ("sub", self.name, o)
    def __mul__(self, o): return ("mul", self.name, o)
    def __truediv__(self, o): return ("truediv", self.name, o)
    def __floordiv__(self, o): return ("floordiv", self.name, o)
    def __mod__(self, o): return ("mod", self.name, o)
    def __pow__(self, o): return ("pow", self.name, o)
    def __lshift__(self, o): return ("lshift", self.name, o)
    def __rshift__(self, o): return ("rshift", self.name, o)
    def __and__(self, o): return ("and", self.name, o)
    def __or__(self, o): return ("or", self.name, o)
    def __xor__(self, o): return ("xor", self.name, o)
    def __matmul__(self, o): return ("matmul", self.name, o)
    def __rsub__(self, o): return ("rsub", self.name, o)
    def __rmul__(self, o): return ("rmul", self.name, o)
    def __rtruediv__(self, o): return ("rtruediv", self.name, o)
    def __rfloordiv__(self, o): return ("rfloordiv", self.name, o)
    def __rmod__(self, o): return ("rmod", self.name, o)
    def __rpow__(self, o): return ("rpow", self.name, o)
    def __rlshift__(self, o): return ("rlshift", self.name, o)
    def __rrshift__(self, o): return ("rrshift", self.name, o)
    def __rand__(self, o): return ("rand", self.name, o)
    def __ror__(self, o): return ("ror", self.name, o)
    def __rxor__(self, o): return ("rxor", self.name, o)
    def __rmatmul__(self, o): return ("rmatmul", self.name, o)


r = R("r")
print(r - 1, r * 2, r / 3, r // 4, r % 5, r ** 6)
print(r << 7, r >> 8, r & 9, r | 10, r ^ 11, r @ 12)
print(1 - r, 2 * r, 3 / r, 4 // r, 5 % r, 6 ** r)
print(7 << r, 8 >> r, 9 & r, 10 | r, 11 ^ r, 12 @ r)
x = r
x -= 1
print(x)
x = r
x **= 2
print(x)
x = r
x @= 3
print(x)


class Nothing:
    pass


for op in ["-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "@"]:
    try:
        eval("Nothing() " + op + " 1")
    except TypeError as e:
        print(e)
