# format() and str.format for ints.
n = 1234567
for spec in ("", "d", "10d", "<10", "^10", ">10", "*^12", "+d", " d", "-d", ",", "_", "010", "+010,", "x", "X", "#x", "#X",
             "o", "#o", "b", "#b", "_b", "#_x", "08b", "c" if False else "n", "e", ".2e", "f", ".3f", "%", ".1%", "g", "G", "=+12"):
    print(repr(spec), repr(format(n, spec)), repr(format(-n, spec)))
print(format(0, "#x"), format(65, "c"), format(0x1F600, "c"), format(2 ** 100, ","), format(-(2 ** 80), "_x"))
print("{:>8}|{:<8}|{:^8}".format(42, -42, 7), "{0:b} {0:o} {0:x}".format(255))
print(format(True, ""), format(True, "d"), format(False, ">5"), format(True, "x"))
for spec in ("s", ".2", "z", ",c", "+c", "#c", "q", "=c" if False else "5.5"):
    try:
        print(format(5, spec))
    except ValueError as e:
        print("ValueError:", e)
try:
    format(-1, "c")
except OverflowError as e:
    print("OverflowError:", e)
print((255).__format__("x"), int.__format__(10, ">4"))
