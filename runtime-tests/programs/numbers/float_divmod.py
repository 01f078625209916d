# divmod, // and % on floats (signs follow the divisor).
for a in (7.5, -7.5, 0.0, -0.0, 1e300, 5.0):
    for b in (2.0, -2.0, 0.5, 3, -3):
        print(a, b, divmod(a, b), a // b, a % b)
print(divmod(7, 2.5), divmod(-7, 2.5), divmod(1e-300, 1e300))
print(divmod(float("inf"), 2.0), 5.0 % float("inf"), -5.0 % float("inf"))
for a, b in ((1.0, 0), (1, 0.0), (0.0, 0.0)):
    for f in (lambda: a // b, lambda: a % b, lambda: divmod(a, b), lambda: a / b):
        try:
            print(f())
        except ZeroDivisionError as e:
            print("ZeroDivisionError:", e)
