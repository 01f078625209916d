# complex(): numbers, two arguments, strings, __complex__.
print(complex(), complex(1), complex(1.5, -2), complex(1j, 1j), complex(1 + 2j, 3 + 4j), complex(real=2, imag=3))
print(complex("1+2j"), complex(" ( -1.5e3-2J ) "), complex("j"), complex("-j"), complex("+1"), complex("1_000j"))
print(complex("infj"), complex("-inf+nanj"), complex("1e-3j"), complex("(5)"))
class C:
    def __complex__(self):
        return 4 + 5j
class F:
    def __float__(self):
        return 1.25
class I:
    def __index__(self):
        return 3
print(complex(C()), complex(F()), complex(I()), complex(F(), I()))
def t(*a, **k):
    try:
        print(complex(*a, **k))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t("1 + 2j")
t("1+2")
t("j1")
t("")
t("(1+2j")
t("1", "2")
t(1, "2")
t(None)
t(1, None)
t([1])
t(1, 2, 3)
t(foo=1)
class Bad:
    def __complex__(self):
        return 1
t(Bad())
