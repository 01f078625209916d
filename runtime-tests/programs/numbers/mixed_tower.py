# The numeric tower: results take the wider type, int -> float -> complex.
vals = [3, 2.5, 1 + 1j, True]
for a in vals:
    row = []
    for b in vals:
        r = a + b
        row.append(f"{type(r).__name__}:{r}")
    print(" ".join(row))
for a in vals:
    print([type(a * b).__name__ for b in vals], [type(a / b).__name__ for b in vals if b != 0])
print(sum([1, 2.5, 1j]), sum([0.1] * 10), sum(range(10)) / 10)
print(int(2.5) + float(3) * complex(1, 1))
print((1).real, (2.5).real, (1 + 2j).real, (1).imag, (2.5).imag, (1 + 2j).imag)
print(isinstance(1, (int, float)), isinstance(1.0, int), isinstance(1j, complex))
print(abs(-3), abs(-3.5), abs(3 - 4j), type(abs(3 - 4j)).__name__)
print(max(1, 2.5, True), min(3, 2.9999), sorted([1j.imag, 0.5, 2, -1]))
