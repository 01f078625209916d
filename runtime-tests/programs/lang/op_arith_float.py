# Float and mixed arithmetic.
print(0.1 + 0.2, 1.5 * 2, 7.0 // 2, -7.0 // 2, 7.0 % -2, -7.5 % 2)
print(1 / 3, 2 / 3, 10 / 4, 1e300 * 10, -1e300 * 10)
print(3 + 0.5, 3 * 0.5, 2 ** 0.5, 4 ** -0.5, 2.0 ** 3)
print(1e16 + 1, 1e-7, 1e22, 1e21, 123456789.123456789)
print(float("inf") - float("inf"), float("inf") * 0)
print(round(2.5), round(3.5), round(-0.5), round(2.675, 2))
print(divmod(7.5, 2), divmod(-7.5, 2))
print(-0.0, 0.0 == -0.0, abs(-0.0))
try:
    1.0 / 0
except ZeroDivisionError as exc:
    print("ZeroDivisionError:", exc)
try:
    1.0 // 0.0
except ZeroDivisionError as exc:
    print("ZeroDivisionError:", exc)
try:
    1.0 % 0
except ZeroDivisionError as exc:
    print("ZeroDivisionError:", exc)
try:
    10.0 ** 400
except OverflowError as exc:
    print("OverflowError:", exc)
print((-8) ** (1 / 3))
print(1 == 1.0, 2 ** 53 + 1 == float(2 ** 53 + 1), 0.5 < 1, 3 > 2.5)
