# Generator functions: yield, state, return value via StopIteration.
def countdown(n):
    print("start")
    while n > 0:
        yield n
        n -= 1
    print("end")
    return "done"

g = countdown(3)
print(type(g).__name__)
print(next(g))
print(list(g))
try:
    next(g)
except StopIteration as exc:
    print("StopIteration again", exc.value)
g = countdown(1)
next(g)
try:
    next(g)
except StopIteration as exc:
    print("StopIteration value:", exc.value, exc.args)
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(15)])
def empty():
    return
    yield
print(list(empty()))
def with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("generator cleanup")
for v in with_finally():
    print("got", v)
def gen_expr_value():
    x = yield
    print("received", x)
g = gen_expr_value()
next(g)
try:
    g.send("hello")
except StopIteration:
    print("finished")
print(next(iter(countdown(2))))
def running():
    yield g2.gi_running
g2 = running()
print(g2.gi_running, next(g2))
def reenter():
    yield next(g3)
g3 = reenter()
try:
    next(g3)
except ValueError as exc:
    print("ValueError:", exc)
