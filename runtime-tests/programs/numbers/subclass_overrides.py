# Subclasses of int/float/complex that override special methods: int()/float()/complex()
# and the classmethods go through the overrides and construct the subclass.
class I(int):
    def __int__(self):
        return 42
    def __float__(self):
        return 1.25
    def __index__(self):
        return 3
class S(str):
    def __int__(self):
        return 7
class F(float):
    def __int__(self):
        return -3
class C(complex):
    def conj(self):
        return self.conjugate()
i = I(5)
print(int(i), float(i), i + 1, [0, 1, 2, 3, 4, 5, 6][i], bin(i), int(S("12")), int(F(2.5)), float(F(2.5)))
print(I.from_bytes(b"\x05"), type(I.from_bytes(b"\x05")).__name__, F.fromhex("0x1p1"), type(F.fromhex("0x1p1")).__name__)
c = C(1, 2)
print(c, type(c).__name__, c.conj(), type(c.conj()).__name__, c * 2, type(c * 2).__name__, C("3-4j"), abs(C(3, 4)))
print(I(7) == 7, hash(I(7)) == hash(7), F(0.5) == 0.5, hash(F(0.5)) == hash(0.5), C(1, 0) == 1, hash(C(1, 0)) == hash(1))
print(isinstance(I(1), int), isinstance(F(1), float), isinstance(C(1), complex), I.__mro__[1].__name__, F.__base__.__name__)
print(repr(I(-12)), repr(F(-0.0)), repr(C()), str(I(3)), format(I(255), "x"), f"{F(1.5):.3f}", f"{C(1, 1):.1f}")
print(I(2) ** 10, -I(3), abs(I(-3)), ~I(0), I(7) // 2, I(7) % 3, divmod(I(7), 2), round(I(15), -1), type(round(I(15), -1)).__name__)
print(F(7.5) // 2, F(7.5) % 2, -F(1.5), round(F(2.5)), F(3.0).is_integer(), F(0.75).as_integer_ratio(), type(F(1) + F(2)).__name__)
