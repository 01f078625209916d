# Deep recursion through generators, __init__, comprehensions and repr; MemoryError for absurd sizes.
def t(name, fn):
    try:
        print(name, repr(fn()))
    except BaseException as e:
        print(name, "EXC", type(e).__name__, str(e)[:80])
def deep_gen(n):
    if n:
        yield from deep_gen(n - 1)
    else:
        yield "bottom"
t("yield from 500", lambda: next(deep_gen(500)))
t("yield from 5000", lambda: next(deep_gen(5000)))
class R:
    def __init__(self, n):
        self.child = R(n - 1) if n else None
t("init recursion", lambda: R(5000))
t("comp recursion", lambda: (lambda f: f(f, 3000))(lambda f, n: [f(f, n - 1) for _ in range(1)] if n else 0))
t("memory error", lambda: [0] * (2 ** 60))
t("str memory", lambda: "x" * (2 ** 62))
def nested_exc(n):
    try:
        if n == 0:
            raise ValueError("deep")
        nested_exc(n - 1)
    finally:
        pass
t("nested finally 500", lambda: nested_exc(500))
def rec_repr():
    class N:
        def __init__(s, c): s.c = c
        def __repr__(s): return f"N({s.c!r})"
    x = None
    for _ in range(2000):
        x = N(x)
    return repr(x)[:10]
t("deep repr", rec_repr)
t("deep list repr", lambda: len(repr(eval("[" * 500 + "]" * 500))))
t("deep nested list", lambda: (lambda: [l := [], [l := [l] for _ in range(100000)]][0])() and "built")
