# Cells shared between several closures and with the defining scope.
def make():
    shared = []
    def add(x):
        shared.append(x)
    def view():
        return list(shared)
    def replace(new):
        nonlocal shared
        shared = new
    return add, view, replace
add, view, replace = make()
add(1); add(2)
print(view())
replace(["fresh"])
add(3)
print(view())
def counter_pair():
    n = 0
    def up():
        nonlocal n
        n += 1
        return n
    def down():
        nonlocal n
        n -= 1
        return n
    return up, down
up, down = counter_pair()
print(up(), up(), down(), up())
def three_levels():
    a = 1
    def level2():
        b = 2
        def level3():
            nonlocal a
            a += 10
            return a + b
        return level3
    f = level2()
    print(f(), f())
    return a
print(three_levels())
def cell_after_change():
    x = "first"
    fns = [lambda: x]
    x = "second"
    fns.append(lambda: x)
    return [f() for f in fns]
print(cell_after_change())
def param_cell(p):
    def get():
        return p
    p = p * 2
    return get
print(param_cell(21)())
def loop_closure():
    fns = []
    for i in range(3):
        def f(i=i):
            return i
        fns.append(f)
    return [f() for f in fns]
print(loop_closure())
print(up.__code__.co_freevars, counter_pair.__code__.co_cellvars)
