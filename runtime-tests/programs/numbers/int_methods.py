# int methods and properties.
for n in (0, 1, -1, 5, 255, 256, -256, 2 ** 64, -(2 ** 100) + 1):
    print(n, n.bit_length(), n.bit_count(), n.as_integer_ratio(), n.conjugate())
n = 12
print(n.real, n.imag, n.numerator, n.denominator)
print(True.real, True.numerator, False.denominator, type(True.real).__name__)
print((5).__index__(), (5).__int__(), (5).__float__(), (5).__trunc__(), (5).__floor__(), (5).__ceil__())
print((-5).__round__(), (5).__getnewargs__(), (5).__abs__(), (-5).__neg__(), (5).__invert__())
print((0).__sizeof__(), (1).__sizeof__(), (2 ** 30).__sizeof__(), (2 ** 100).__sizeof__())
print(int.__add__(1, 2), (5).__radd__(3), (5).__add__(1.0), (5).__sub__(7), (5).__rsub__(7))
print((5).__mul__(3), (7).__floordiv__(2), (7).__mod__(-2), (7).__truediv__(2), (7).__divmod__(2), (7).__rdivmod__(30))
print((5).__lt__(6), (5).__eq__(5.0), (5).__ne__("5"), (5).__ge__(5))
print((5).__and__(3), (5).__or__(3), (5).__xor__(3), (5).__lshift__(2), (5).__rshift__(1))
print((5).__bool__(), (0).__bool__(), (5).__hash__(), (-1).__hash__(), (5).__repr__())
print(hasattr(1, "is_integer"), int.bit_length(8))
try:
    (5).__add__()
except TypeError as e:
    print("TypeError:", e)
