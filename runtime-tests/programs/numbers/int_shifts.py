# Shifts: big results, negative numbers round toward -inf, negative counts are errors.
print(1 << 10, 1 << 47, 1 << 48, 1 << 100, 3 << 64)
print(-1 << 70, -5 << 3)
print(1024 >> 3, 1024 >> 20, -1024 >> 3, -1 >> 1000, -5 >> 1, 5 >> 1)
print((2 ** 100) >> 90, (-(2 ** 100) - 1) >> 90, (2 ** 100) >> 1000)
print(0 << 1000000, 12345 >> 64, -12345 >> 64)
for a, b in ((1, -1), (1, -(10 ** 20)), (10 ** 30, -3)):
    for op in ("<<", ">>"):
        try:
            print(eval(f"{a} {op} {b}"))
        except ValueError as e:
            print("ValueError:", e)
x = 1
x <<= 65
print(x, x >> 65)
try:
    1 << 1.0
except TypeError as e:
    print("TypeError:", e)
