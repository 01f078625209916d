# Conditional expressions.
for n in range(-2, 3):
    print(n, "neg" if n < 0 else "zero" if n == 0 else "pos")
def side(tag, v):
    print("eval", tag)
    return v
print(side("a", 1) if side("cond", True) else side("b", 2))
print(side("a", 1) if side("cond", []) else side("b", 2))
x = [1, 2, 3]
print(x[0] if x else None, (lambda: "L")() if x else None)
y = 10 if len(x) > 2 else 20
print(y)
print([i if i % 2 else -i for i in range(6)])
print(("odd" if y % 2 else "even").upper())
print(1 + (2 if True else 3) * 4)
print(1 + 2 if False else 3 * 4)
z = None
print(z.attr if z is not None else "no attr")
def sign(v):
    return 1 if v > 0 else -1 if v < 0 else 0
print([sign(v) for v in (-5, 0, 5)])
print(max(3, 7) if min(3, 7) == 3 else "no")
print(f"{'yes' if y else 'no'}")
