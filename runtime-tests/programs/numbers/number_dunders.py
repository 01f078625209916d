# Which operator dunders each number type has, and what they return for foreign operands.
names = ["__add__", "__radd__", "__floordiv__", "__mod__", "__divmod__", "__pow__", "__rpow__", "__lshift__",
         "__and__", "__invert__", "__neg__", "__abs__", "__lt__", "__eq__", "__hash__", "__bool__", "__index__",
         "__int__", "__float__", "__complex__", "__trunc__", "__floor__", "__ceil__", "__round__", "__format__",
         "is_integer", "bit_length", "conjugate", "real", "imag", "numerator", "hex", "fromhex", "as_integer_ratio"]
for v in (1, True, 1.5, 1j):
    print(type(v).__name__, "".join("1" if hasattr(v, n) else "0" for n in names))
print((5).__add__(1.5), (5).__eq__(5.0), (5.0).__eq__(5), (1.5).__add__("x"), (1j).__lt__(2j), (1j).__eq__(1j))
print((5).__radd__(1), (2).__rpow__(3), (2).__pow__(10, 1000), (7).__rdivmod__(50), (2.0).__rtruediv__(1))
print((1j).__add__(1), (1j).__radd__(1.5), (1j).__mul__(1j), (1j).__truediv__(2), (1j).__pow__(2), (1j).__rpow__(2))
print((3).__neg__(), (3).__invert__(), (-3.5).__abs__(), (3 + 4j).__abs__(), (0.0).__bool__(), (0j).__bool__())
print(int.__add__(2, 3), float.__mul__(2.0, 4), complex.__sub__(1j, 1), int.__lt__(1, 2), float.__round__(2.567, 2))
print((10).__format__("x"), (2.5).__format__(".3f"), (1j).__format__(">6"), True.__format__(""), True.__format__("d"))
print(int.__hash__(2 ** 70) == hash(2 ** 70), float.__hash__(0.5) == hash(0.5), complex.__hash__(2j) == hash(2j))
print(True.__and__(False), True.__or__(0), True.__xor__(True), (1).__and__(True), type(True.__and__(1)).__name__)
