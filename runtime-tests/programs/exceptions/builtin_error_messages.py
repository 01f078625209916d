# Messages of errors raised by common operations.

tests = [
    lambda: 1 / 0,
    lambda: 1 // 0,
    lambda: 1 % 0,
    lambda: [][0],
    lambda: {}["k"],
    lambda: int("x"),
    lambda: 1 + "a",
    lambda: "a" + 1,
    lambda: len(5),
    lambda: [].pop(),
    lambda: (1).foo,
    lambda: undefined_name,
    lambda: [1, 2].index(3),
    lambda: "abc".index("z"),
    lambda: iter(5),
    lambda: next(iter([])),
    lambda: float("nan x"),
]
for t in tests:
    try:
        t()
    except Exception as e:
        print(type(e).__name__ + ":", e)
