# Integer powers: exact for non-negative exponents, float for negative ones.
print(2 ** 10, 2 ** 0, 0 ** 0, 0 ** 5, 1 ** 1000, (-1) ** 1001, (-1) ** 1000)
print(3 ** 40, (-3) ** 41)
print(2 ** -1, 2 ** -2, (-2) ** -1, 10 ** -3, 4 ** -0.5)
print(7 ** 100)
print((2 ** 100) ** 2 == 2 ** 200)
print(2 ** 0.5, 9 ** 0.5, (-8) ** (1 / 3))
print((-1) ** 0.5)
print(10 ** 15, 10 ** 16, 10 ** 22)
print(pow(3, 4), pow(2, -3), pow(-2, 3))
try:
    0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(0 ** -2.5)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print((10 ** 400) ** -1)
except OverflowError as e:
    print("OverflowError:", e)
print(type(2 ** 3).__name__, type(2 ** -3).__name__, type(2.0 ** 3).__name__)
