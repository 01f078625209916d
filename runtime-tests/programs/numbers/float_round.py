# round() for floats: half to even, correct rounding for ndigits.
for x in (0.5, 1.5, 2.5, -0.5, -1.5, 3.5, 2.675, 1.25, 1.35, 0.125, 1e16 + 1, 123.456, -0.0):
    print(x, round(x), round(x, 0), round(x, 1), round(x, 2), round(x, -1))
print(round(1234.5678, -2), round(1234.5678, -3), round(5e-324, 400), round(1e300, -300))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, round(2.5, None))
print(round(0.1 + 0.2, 15), round(0.1 + 0.2, 16), round(1 / 3, 10))
print(round(12345.6789, -10), round(-12345.6789, -4), round(1e20 + 0.5, 2))
try:
    round(1.5, 1.5)
except TypeError as e:
    print("TypeError:", e)
try:
    round(1e308, -308)
except OverflowError as e:
    print("OverflowError:", e)
print(round(1e308, -307))
