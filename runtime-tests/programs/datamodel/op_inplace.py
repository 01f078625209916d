class Acc:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"Acc({self.v})"
    def __iadd__(self, o):
        self.v += o
        return self
    def __add__(self, o):
        return Acc(self.v + o + 1000)
    def __isub__(self, o):
        return NotImplemented
    def __sub__(self, o):
        return Acc(self.v - o)
    def __imul__(self, o):
        return "imul-result"

a = Acc(1)
b = a
a += 5
print(a, b, a is b)
a -= 2
print(a, b, a is b)
a = Acc(3)
a *= 2
print(a)
class OnlyBin:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"OnlyBin({self.v})"
    def __add__(self, o):
        return OnlyBin(self.v + o)
    def __rmatmul__(self, o):
        return "rmatmul"
x = OnlyBin(1)
y = x
x += 1
print(x, y, x is y)
z = 5
z @= OnlyBin(0)
print(z)
ops = ["+=", "-=", "*=", "/=", "//=", "%=", "**=", "<<=", ">>=", "&=", "|=", "^=", "@="]
class E:
    pass
for op in ops:
    e = E()
    try:
        exec("e " + op + " 1")
    except TypeError as ex:
        print(op, "TypeError:", ex)
class IR:
    def __ior__(self, o):
        return ("ior", o)
    def __ixor__(self, o):
        return ("ixor", o)
    def __ilshift__(self, o):
        return ("ilshift", o)
    def __ipow__(self, o):
        return ("ipow", o)
    def __imatmul__(self, o):
        return ("imatmul", o)
for op in ["|=", "^=", "<<=", "**=", "@="]:
    v = IR()
    d = {"v": v}
    exec("v " + op + " 3", d)
    print(op, d["v"])
lst = [1]
lst2 = lst
lst += (2, 3)
print(lst, lst2 is lst)
