# format() for floats.
x = 1234.5678
for spec in ("", "f", ".2f", "10.2f", "<10.1f", "^12.3f", "+.1f", " .1f", ",.2f", "_.2f", "e", ".3e", "E", "g", ".3g",
             "G", "%", ".1%", "010.2f", "#.0f", ".0f", "n", ".10g", "r" if False else ".1e", "z.1f"):
    print(repr(spec), repr(format(x, spec)), repr(format(-x, spec)))
for v in (0.0, -0.0, 1e16, 1e-7, 123456789.0, 1.5e300, float("inf"), float("-inf"), float("nan"), 0.5, 2.5):
    print(repr(v), format(v, ""), format(v, "g"), format(v, ".2f"), format(v, "e"), format(v, "10.3g"), format(v, "z.0f"))
print(format(-0.0001, "z.2f"), format(-0.0, "z"), format(1e100, ",.0f")[:20])
for spec in ("d", "x", "c", ",_f", "=c" if False else "q"):
    try:
        print(format(1.5, spec))
    except ValueError as e:
        print("ValueError:", e)
print(format(3 + 4j, ""), format(3 + 4j, ".2f"), format(-1j, "g"), format(1 + 1j, "^20"), format(1.5 + 2j, "e"))
