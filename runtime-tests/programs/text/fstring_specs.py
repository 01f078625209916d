v = 1234.5678
i = 255
s = "py"
print(f"{v:.2f}|{v:10.1f}|{v:<10.0f}|{v:e}|{v:,.2f}|{v:_}")
print(f"{i:x}|{i:#X}|{i:o}|{i:b}|{i:08b}|{i:^9}|{i:+}|{-i:=+8}")
print(f"{s:>5}|{s:*<6}|{s:^6}|{s!r:>6}|{s:.1}")
w, p = 12, 3
print(f"{v:{w}.{p}f}|{s:{'>'}{w}}")
print(f"{0.5:%}|{0.125:.1%}|{1e100:g}|{-0.0:z.1f}|{float('nan'):f}|{float('inf'):>6}")
print(f"{True:d}|{True}|{False:>6}|{None!s:>5}")
print(f"{2**100:,}")
