# Format specs through f-strings and format().
v = 1234567.891
print(f"{v:,.2f}|{v:_.1f}|{v:e}|{v:.3E}|{v:g}|{v:%}")
print(f"{42:5d}|{42:<5d}|{42:^5d}|{42:>5d}|{42:*^9}|{-42:=8}")
print(f"{42:+d}|{-42:+d}|{42: d}|{-42: d}")
print(f"{255:x}|{255:X}|{255:#X}|{255:o}|{255:b}|{255:08b}|{255:c}")
print(f"{1234567:,}|{1234567:_}|{0xdeadbeef:_x}")
print(f"{0.5:.0%}|{0.125:.1%}|{1/3:.5}|{2/3:.3g}")
print(f"{'text':10}|{'text':>10}|{'text':^10}|{'text':.2}|{'text':-^10.3}")
print(f"{3.0:.0f}|{2.5:.0f}|{3.5:.0f}|{-0.0:.1f}|{1e-5:f}|{123.456:.1e}")
print(f"{float('inf'):f}|{float('-inf'):>6}|{float('nan'):F}")
print(format(12, "04"), format(-12, "05"), format(3.14159, "8.3f"), format("s", "3"))
print(f"{True:d}|{True}|{True:>5}|{False!r:>7}")
print(f"{10**20:,}|{-10**15:_d}")
print(f"{12.0:g}|{1e100:g}|{123456789.0:g}|{0.0001:g}|{0.00001:g}")
print(f"{1.5:=+10.2f}|{-1.5:010.2f}|{1.5:#.0f}")
for spec in ["d", "s", ".2f"]:
    for val in [5, "5", 5.0]:
        try:
            print(spec, repr(val), format(val, spec))
        except ValueError as exc:
            print(spec, repr(val), "ValueError:", exc)
try:
    f"{1:,x}"
except ValueError as exc:
    print("ValueError:", exc)
try:
    f"{'s':=5}"
except ValueError as exc:
    print("ValueError:", exc)
