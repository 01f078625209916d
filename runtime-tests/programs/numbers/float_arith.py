# Float arithmetic and mixing with ints.
a, b = 7.5, 2.0
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b)
print(-a // b, -a % b, a // -b, a % -b)
print(1.5 + 2, 2 + 1.5, 3 * 0.5, 1 / 4.0, 7 // 2.0, 7.0 % 3)
print(0.1 * 3, 1e308 + 1e308, -1e308 * 10, 1e-320 / 10)
print(2.5 + True, 2.5 * False, 10 ** 20 + 0.5)
x = 0.0
for i in range(10):
    x += 0.1
print(x, x == 1.0, abs(x - 1.0) < 1e-9)
print(abs(-2.5), -(-2.5), +2.5, -0.0, abs(-0.0))
print(5.0 % -3, -5.0 % 3, 5.5 // -2, -0.0 % 5, 0.0 % -5)
print(3.0 * 10 ** 15, 2.0 ** 0.5, 10.0 ** -2, (-2.0) ** 3, (-2.0) ** -2)
print(1e16 + 1, 1e16 + 2, 2 ** 53 + 1.0)
try:
    print(1.5 + 10 ** 400)
except OverflowError as e:
    print("OverflowError:", e)
print(1.5 < 10 ** 400, 1.5 == 3 / 2)
