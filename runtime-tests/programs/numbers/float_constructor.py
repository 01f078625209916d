# float(): strings, numbers, objects.
for s in ("1.5", " -2.25e3 ", "1_000.5", "inf", "-Infinity", "nan", ".5", "5.", "1e-400", "1e400", "0x10" if False else "10", "١٫٥" if False else "١٢"):
    print(repr(s), float(s))
print(float(), float(3), float(-7), float(True), float(2 ** 60), float(10 ** 20 + 1))
print(float(b"1.25"), float(bytearray(b" 3 ")))
class A:
    def __float__(self):
        return 4.5
class B:
    def __index__(self):
        return 3
print(float(A()), float(B()))
class F(float):
    pass
f = F(2.5)
print(f, type(f).__name__, f + 1, type(f + 1).__name__, float(f), type(float(f)).__name__)
