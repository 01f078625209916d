class S(str):
    def __str__(self):
        return "<" + super().__str__() + ">"
print(str(S("abc")), str.__str__("x"), S("q").__str__())
class B(bytes):
    def __str__(self):
        return "B:" + super().__str__()
print(str(B(b"x")))
class E(Exception):
    def __str__(self):
        return "E:" + super().__str__()
print(str(E("m")))
class I(int):
    def __str__(self):
        return "I:" + super().__str__()
print(str(I(5)), f"{I(5)}", "%s" % I(5))
class F(float):
    def __repr__(self):
        return "F:" + super().__repr__()
print(repr(F(1.5)), str(F(1.5)))
class L(list):
    def __repr__(self):
        return "L" + super().__repr__()
print(L([1]), str(L([2])))
print(object.__str__(5), object.__str__("s"), int.__str__(True) if hasattr(int, "__str__") else "")
class S2(str): pass
print(str(S2("x")), type(str(S2("x"))).__name__, f"{S2('y')}", "%s" % S2("z"), print(S2("w")) or "")
class S3(str):
    def __repr__(self):
        return "S3repr"
print(str(S3("x")), S3("x"), [S3("x")], f"{S3('q')}", "{}".format(S3("r")))
