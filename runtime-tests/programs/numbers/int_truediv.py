# True division of ints is correctly rounded, big ints included.
print(1 / 3, 2 / 3, 10 / 4, -7 / 2, 7 / -2, 0 / 5, 0 / -5)
print(10 ** 30 / 7, 2 ** 1000 / 3, 7 ** 400 / 3 ** 500)
print(1 / 3 ** 650, 1 / 3 ** 700, -(1) / 3 ** 700)
print((2 ** 53 + 1) / 1, (2 ** 54 + 3) / 2)
print(10 ** 400 // 10 ** 390 / 1, (10 ** 400 + 1) / 10 ** 399)
print(123456789123456789123456789 / 987654321987654321)
for a, b in ((10 ** 400, 1), (1, 0), (10 ** 400, 0), (2 ** 1100, 3)):
    try:
        print(a / b)
    except (OverflowError, ZeroDivisionError) as e:
        print(type(e).__name__ + ":", e)
print(2 ** 1024 // 2 / 2 ** 1000)
print(True / 2, 3 / True)
