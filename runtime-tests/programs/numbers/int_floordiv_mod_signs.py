# Floor division and modulo take the sign of the divisor.
for a in (7, -7, 0, 13, -13):
    for b in (2, -2, 3, -3, 1, -1):
        print(a, b, a // b, a % b, divmod(a, b))
big = 10 ** 20 + 7
for a in (big, -big):
    for b in (3, -3, 10 ** 10, -(10 ** 10)):
        q, r = divmod(a, b)
        print(q, r, q * b + r == a)
print(-1 // 10, -1 % 10, 1 // -10, 1 % -10)
print((-2 ** 60) // 7, (-2 ** 60) % 7)
