class C:
    def __complex__(self):
        return 3 + 4j
print(complex(C()), abs(complex(C())))
class F:
    def __float__(self):
        return 2.0
class I:
    def __index__(self):
        return 5
print(complex(F()), complex(I()), complex(F(), I()), complex(1, F()))
try:
    complex(C(), C())
    print("ok")
except TypeError as e:
    print("TypeError:", e)
class Nothing:
    pass
try:
    complex(Nothing())
except TypeError as e:
    print("TypeError:", e)
try:
    complex(1, Nothing())
except TypeError as e:
    print("TypeError:", e)
try:
    complex("1", 2)
except TypeError as e:
    print("TypeError:", e)
try:
    complex(1, "2")
except TypeError as e:
    print("TypeError:", e)
class BadC:
    def __complex__(self):
        return "no"
try:
    complex(BadC())
except TypeError as e:
    print("TypeError:", e)
print(complex("1+2j"), complex(" 3j "), complex(2), complex(), complex(real=1, imag=2))
try:
    complex("x")
except ValueError as e:
    print("ValueError:", e)
class CS(complex):
    pass
print(type(complex(CS(1, 1))).__name__, CS(1, 2) + 1, type(CS(1) + 1).__name__)
print((1 + 2j) == C().__complex__() - 2 - 2j, (2j).real, (2j).imag, (1 + 1j).conjugate())
