# Iterating over sys.stdin line by line and using readline().
import sys
header = sys.stdin.readline()
print("header:", header.rstrip("\n").split(","))
rows = []
for line in sys.stdin:
    line = line.rstrip("\n")
    if not line:
        continue
    name, qty, price = line.split(",")
    rows.append((name, int(qty), float(price)))
for name, qty, price in sorted(rows, key=lambda r: -r[1] * r[2]):
    print(f"{name:<8}{qty:>4}{price:>8.2f}{qty * price:>10.2f}")
print("lines:", len(rows), "total:", round(sum(q * p for _, q, p in rows), 2))
print(repr(sys.stdin.readline()), repr(sys.stdin.read()))
try:
    input()
except EOFError as exc:
    print("EOFError:", repr(str(exc)))
