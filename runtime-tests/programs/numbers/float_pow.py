# ** with floats: special values and complex results for negative bases.
for a in (2.0, -2.0, 0.5, 0.0, -0.0, 1.0, -1.0):
    for b in (2, 3, -1, 0.5, -0.5, 0):
        try:
            print(a, b, a ** b)
        except ZeroDivisionError as e:
            print(a, b, "ZeroDivisionError:", e)
print((-8.0) ** (1 / 3), (-1.0) ** 0.5, (-2) ** 1.5)
print(pow(-8, 1 / 3), (-27) ** (1 / 3))
print(10.0 ** 308, 10.0 ** -330, 2 ** 0.5 ** 2)
print((-1.0) ** float("inf"), 2.0 ** float("-inf"), float("nan") ** 0, 1.0 ** float("nan"))
