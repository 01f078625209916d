# Every ZeroDivisionError message CPython gives for numbers.
cases = ["1 / 0", "1 // 0", "1 % 0", "divmod(1, 0)", "1.0 / 0", "1.0 // 0", "1.0 % 0", "divmod(1.0, 0)",
         "1 / 0.0", "1 // 0.0", "1 % 0.0", "0 ** -1", "0.0 ** -1", "0 ** -1.5", "1j / 0", "0j ** -1",
         "10 ** 100 // 0", "10 ** 100 % 0", "10 ** 100 / 0", "pow(0, -1)", "pow(0.0, -2)", "True / False",
         "(10 ** 100) / (10 ** 100 - 10 ** 100)", "5 % False", "1.5.__divmod__(0)", "(5).__truediv__(0)"]
for c in cases:
    try:
        print(c, "->", eval(c))
    except ZeroDivisionError as e:
        print(c, "->", type(e).__name__ + ":", e)
