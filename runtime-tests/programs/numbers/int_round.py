# round() of ints, including negative ndigits (half to even).
for n in (0, 5, 15, 25, 35, -25, 123456, -150, 250, 249, 251, 10 ** 20 + 5 * 10 ** 18):
    print(n, round(n), round(n, 2), round(n, -1), round(n, -2), round(n, -19))
print(round(5, -100), round(-5, -3), type(round(7, 1)).__name__, round(7, None))
print((15).__round__(-1), (25).__round__(-1))
try:
    (5).__round__(None)
except TypeError as e:
    print("TypeError:", e)
try:
    round(5, 1.5)
except TypeError as e:
    print("TypeError:", e)
print(round(True), round(False, -1), type(round(True)).__name__)
