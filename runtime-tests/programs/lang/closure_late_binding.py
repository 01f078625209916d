# Closures capture variables, not values.
def make():
    fns = []
    for i in range(3):
        fns.append(lambda: i)
    return fns
print([f() for f in make()])
def make_fixed():
    fns = []
    for i in range(3):
        def bind(j):
            return lambda: j
        fns.append(bind(i))
    return fns
print([f() for f in make_fixed()])
def outer():
    x = 1
    def get():
        return x
    x = 2
    return get
print(outer()())
def gen_closures():
    return [lambda: k for k in "abc"]
print([f() for f in gen_closures()])
def counter_factory(start):
    def show():
        return start
    return show
c1, c2 = counter_factory(1), counter_factory(2)
print(c1(), c2())
print(c1.__closure__[0].cell_contents, c1.__code__.co_freevars)
def outer2():
    v = "before"
    f = lambda: v
    del_later = f()
    v = "after"
    return del_later, f()
print(outer2())
def uninit():
    def inner():
        return later
    try:
        inner()
    except NameError as exc:
        print(type(exc).__name__ + ":", exc)
    later = 1
    return inner()
print(uninit())
