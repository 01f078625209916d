# Generator and with-statement edge cases: close() return, throw through yield from, suppression inside generators.
def t(name, fn):
    try:
        print(name, repr(fn()))
    except BaseException as e:
        print(name, "EXC", type(e).__name__, e)
def g1():
    x = yield from iter([1, 2])
    return x
t("yield from iter returns None", lambda: list(g1()))
def g2():
    try:
        yield 1
    except GeneratorExit:
        return "x"
def f2():
    g = g2(); next(g); return g.close()
t("close returns", f2)
def g3():
    yield 1
t("throw instance with tb", lambda: g3().throw(ValueError("v")))
def f4():
    g = g3(); next(g); 
    try:
        next(g)
    except StopIteration:
        pass
    return g.gi_frame, g.gi_running
t("exhausted frame", f4)
def g5():
    yield g5_ref.gi_running
g5_ref = None
def f5():
    global g5_ref
    g5_ref = g5(); return next(g5_ref)
t("running inside", f5)
def f6():
    def inner():
        yield 1
        yield 2
    def mid():
        r = yield from inner()
        yield "mid done"
    g = mid(); out = [next(g)]
    out.append(g.throw(ValueError("x")) if False else next(g))
    return out
t("yield from nested", f6)
def f7():
    def gen():
        while True:
            try:
                yield
            except ValueError:
                print("caught in gen")
    def deleg():
        yield from gen()
    d = deleg(); next(d); d.throw(ValueError); d.throw(ValueError); return "ok"
t("throw through yield from", f7)
def f8():
    class CM:
        def __enter__(self): return 1
        def __exit__(self, *a): return True
    def gen():
        with CM():
            yield 1
            raise KeyError
        yield 2
    return list(gen())
t("with suppress in gen", f8)
def f9():
    res = []
    for i in range(3):
        try:
            continue
        finally:
            res.append(i)
    return res
t("continue finally", f9)
def f10():
    x = 10
    class K:
        x = 20
        y = [x for _ in range(1)]
        z = x
    return K.y, K.z
t("class comp sees enclosing func", f10)
def f11():
    try:
        return "try"
    finally:
        print("finally print")
t("finally after return", f11)
def f12():
    a = b = c = []
    a.append(1)
    return b, c is a
t("chained same", f12)
def f13():
    def deco(cls):
        cls.tag = "t"
        return cls
    @deco
    class X: pass
    return X.tag
t("class deco", f13)
def f14():
    n = 0
    def inc():
        nonlocal n
        n += 1
    for _ in range(1000): inc()
    return n
t("nonlocal loop", f14)
def f15():
    it = (i for i in range(3))
    next(it)
    return list(it), list(it)
t("genexpr partial", f15)
t("walrus in genexpr", lambda: (any((z := v) > 1 for v in [1, 2, 3]), z) if False else "skip")
def f17():
    data = [3, 1, 2]
    data.sort(key=lambda v: -v)
    return data, sorted("bca"), sorted([(1, "b"), (1, "a")]), sorted([3, 1], reverse=True)
t("sorts", f17)
def f18():
    match {"a": 1, "b": 2}:
        case {"a": 1, **rest} if len(rest) == 1:
            return rest
t("match rest guard", f18)
def f19():
    match [1, 2, 3, 4]:
        case [1, *mid, 4]:
            return type(mid).__name__, mid
t("match star list type", f19)
def f20():
    match (1, 2):
        case [a, b]:
            return a, b
t("match tuple by list pattern", f20)
