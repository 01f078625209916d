# Comparisons across int, float and complex are exact (no rounding of big ints).
big = 2 ** 53 + 1
print(big == 2.0 ** 53, big > 2.0 ** 53, float(big) == 2.0 ** 53)
print(10 ** 400 > 1e308, -(10 ** 400) < -1e308, 10 ** 400 < float("inf"), 10 ** 400 == float("inf"))
print(1 == 1.0, 1 < 1.5, 2 > 1.5, 3 <= 3.0, 3 >= 3.0000000000000004, -1 < -0.5)
print(2 ** 64 == 18446744073709551616.0, 2 ** 64 + 1 == 18446744073709551616.0, 2 ** 64 + 1 > 18446744073709551616.0)
print(0 == -0.0, 0.0 == -0.0, 1 == 1 + 0j, 1.5 == 1.5 + 0j, 2 ** 60 + 1 == complex(2 ** 60, 0))
vals = [3, 2.5, -1, 10 ** 20, 1e20, -0.5, True, 0]
print(sorted(vals))
print(max(vals), min(vals))
for a in (5, 5.0, 2 ** 70, 2.0 ** 70):
    print([a < b for b in (5, 5.0, 2 ** 70, 2.0 ** 70, 2 ** 70 + 1)])
print((1, 2.0) == (1.0, 2), [1, 2] < [1, 2.5], 1 in [1.0], 2.0 in {2})
for f in (lambda: 1j < 1, lambda: 1 < "a", lambda: 1.5 >= None):
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)
print(1j == "x", 1 != None, 1.5 == [1.5])
