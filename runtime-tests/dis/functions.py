def outer(a, b=2, *args, c, d=4, **kw) -> int:
    """Docstring."""
    total = a + b
    def inner(y):
        nonlocal total
        total += y
        return total
    return inner(c) + sum(x * 2 for x in args)


class Point:
    x: int = 0

    def __init__(self, x):
        self.x = x

    def method(self):
        return super().method()


squares = [n * n for n in range(10) if n % 2]
lookup = {k: v for k, v in zip("ab", (1, 2))}
f = lambda q, *, r=1: q + r
