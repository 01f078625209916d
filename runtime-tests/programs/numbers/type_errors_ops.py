# TypeError messages for unsupported operand combinations with numbers.
cases = ["1 + 'a'", "'a' + 1", "1 - None", "[] * 1.5", "1.5 * []", "1 & 1.5", "1.5 | 1", "1 << 1.5", "1 >> None",
         "2 ** 'x'", "pow(2, 'x')", "1 @ 2", "-'a'", "~1.5", "~1j", "abs('a')", "1 < 'a'", "1.5 >= []",
         "1j < 1j", "1j > 1", "divmod(1, 'a')", "divmod(1j, 1)", "1 // 1j", "1j % 1"]
for c in cases:
    try:
        print(c, "->", eval(c))
    except TypeError as e:
        print(c, "->", type(e).__name__ + ":", e)
x = 5
try:
    x += "a"
except TypeError as e:
    print("TypeError:", e)
try:
    x **= None
except TypeError as e:
    print("TypeError:", e)
