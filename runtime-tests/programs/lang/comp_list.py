# List comprehensions: conditions, nesting, scoping.
print([x * x for x in range(6)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([[r * c for c in range(1, 4)] for r in range(1, 4)])
matrix = [[1, 2, 3], [4, 5, 6]]
print([row[i] for i in range(3) for row in matrix])
print([[row[i] for row in matrix] for i in range(3)])
print([v for row in matrix for v in row if v % 2])
print([x if x > 2 else -x for x in range(5)])
x = "outer x"
print([x for x in "ab"], x)
print([c.upper() for c in "hello" if c not in "aeiou"])
print([(i, s) for i, s in enumerate("xyz")])
print([a + b for a, b in zip([1, 2], [10, 20])])
print([n for n in [3, 1, 2] for _ in range(n)])
print([f() for f in [lambda: 1, lambda: 2]])
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
print([y for x in [[1, 2], [3]] for y in x])
print([[]for _ in range(2)])
words = ["apple", "bob", "kayak", "level", "python"]
print([w for w in words if w == w[::-1]])
def first_expr_eval():
    print("iterable evaluated once")
    return range(3)
print([i for i in first_expr_eval()])
