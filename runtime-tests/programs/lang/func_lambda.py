# lambda expressions.
sq = lambda x: x * x
print(sq(7), sq.__name__)
add = lambda a, b=10, *rest, **kw: (a + b, rest, kw)
print(add(1), add(1, 2, 3, k=4))
print((lambda: "no args")())
print(sorted(["banana", "Apple", "cherry"], key=lambda s: s.lower()))
print(sorted([(1, "b"), (0, "z"), (1, "a")], key=lambda p: (-p[0], p[1])))
print(list(map(lambda x: x + 1, [1, 2, 3])))
print(list(filter(lambda x: x % 2, range(10))))
compose = lambda f, g: lambda x: f(g(x))
inc_then_double = compose(lambda x: x * 2, lambda x: x + 1)
print(inc_then_double(5))
adders = [lambda x, n=n: x + n for n in range(3)]
print([a(10) for a in adders])
late = [lambda x: x + n for n in range(3)]
print([a(10) for a in late])
cond = lambda x: "pos" if x > 0 else "neg" if x < 0 else "zero"
print(cond(3), cond(-3), cond(0))
print((lambda *a: a)(1, 2), (lambda **k: k)(x=1))
print((lambda x, /, y, *, z: (x, y, z))(1, y=2, z=3))
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(20))
print(repr(lambda: 0).startswith("<function <lambda> at "))
