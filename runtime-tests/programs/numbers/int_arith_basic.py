# Small-int arithmetic, including results that cross the 48-bit immediate boundary.
a, b = 17, 5
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b)
print(-a + b, -a - b, -a * b, -a / b, -a // b, -a % b)
big = 2 ** 47
print(big - 1, big, big + 1, -big, -big - 1)
print((2 ** 47 - 1) + 1, (-(2 ** 47)) - 1, 140737488355327 * 2)
x = 1
for i in range(70):
    x = x * 3
print(x)
for i in range(70):
    x = x // 3
print(x)
print(0 - 0, 0 * -1, -0)
print(123456789 * 987654321)
print(2 ** 62, 2 ** 63, 2 ** 64, -(2 ** 63))
n = 1
for k in range(1, 30):
    n *= k
print(n)
print(sum(range(1000000)))
s = 0
for i in range(-50, 50):
    s += i * i - i
print(s)
print(+5, -(-5), abs(-7), abs(7), ~0, ~-1, ~100)
print(7 - 7.0, 3 * 1.5, 10 / 4, 10 // 4, 2 ** 10)
