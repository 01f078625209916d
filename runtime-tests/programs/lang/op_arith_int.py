# Integer arithmetic operators, including floor division and modulo signs.
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (13, 13)]:
    print(a, b, a + b, a - b, a * b, a // b, a % b, a / b, divmod(a, b))
print(2 ** 10, 2 ** -1, (-2) ** 3, -2 ** 2, 0 ** 0)
print(10 ** 20, -(10 ** 20) // 3, (10 ** 20) % 7)
print(7 // 1, 7 % 1, -0, +5, -(-5), ~5, ~-1)
print(1 << 70, (1 << 70) >> 68, -1 >> 10, 5 & 3, 5 | 3, 5 ^ 3, -5 & 0xFF)
for bad in ["1 // 0", "1 % 0", "1 / 0", "divmod(1, 0)"]:
    try:
        eval(bad)
    except ZeroDivisionError as exc:
        print(bad, "->", type(exc).__name__, exc)
try:
    1 << -1
except ValueError as exc:
    print("ValueError:", exc)
print(True + True, True * 10, False - 1)
print(abs(-3), abs(3), -abs(-0))
print(3 * 4 + 2, 3 * (4 + 2), 2 ** 3 ** 2, (2 ** 3) ** 2)
print(17 % 5 * 2, 17 // 5 * 5 + 17 % 5)
