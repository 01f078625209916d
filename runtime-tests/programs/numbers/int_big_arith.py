# Arbitrary-precision int arithmetic.
a = 123456789012345678901234567890
b = 987654321098765432109876543210
print(a + b)
print(a - b)
print(a * b)
print(b // a, b % a)
print(-b // a, -b % a)
print(b // -a, b % -a)
print(a ** 3)
print(-a ** 2, (-a) ** 3)
f = 1
for i in range(1, 60):
    f *= i
print(f)
print(f // (2 ** 40), f % 1000007)
print(2 ** 200 - 1)
print((2 ** 200) // (2 ** 100) == 2 ** 100)
print(10 ** 50 + 1 - 10 ** 50)
print(abs(-10 ** 40), -(-(10 ** 40)))
print(~(10 ** 30), ~(-(10 ** 30)))
x = 2 ** 64
print(x - 1, x + 1, x * x, x // 3, x % 7)
print(type(2 ** 100 - 2 ** 100 + 5).__name__, 2 ** 100 - 2 ** 100 + 5)
print(int(str(7 ** 77)) == 7 ** 77)
fib = [0, 1]
for i in range(200):
    fib.append(fib[-1] + fib[-2])
print(fib[-1])
print(fib[-1] % 1000000007, fib[-1] // fib[-2])
