# nonlocal counters and cells shared between closures.
def make_counter():
    count = 0
    def inc(by=1):
        nonlocal count
        count += by
        return count
    def get():
        return count
    def reset():
        nonlocal count
        count = 0
    return inc, get, reset

inc, get, reset = make_counter()
inc(); inc(); inc(5)
print(get())
reset()
print(get(), inc())
inc2, get2, _ = make_counter()
inc2(100)
print(get(), get2())

def account(balance):
    def deposit(x):
        nonlocal balance
        balance += x
        return balance
    def withdraw(x):
        nonlocal balance
        if x > balance:
            raise ValueError("insufficient funds")
        balance -= x
        return balance
    return deposit, withdraw

dep, wd = account(10)
print(dep(5), wd(12))
try:
    wd(100)
except ValueError as exc:
    print("ValueError:", exc)

def nested_levels():
    x = "outer"
    def mid():
        def inner():
            nonlocal x
            x = "changed by inner"
        inner()
        return x
    r = mid()
    return r, x
print(nested_levels())
def loop_cells():
    total = 0
    def add(n):
        nonlocal total
        total += n
    for i in range(10):
        add(i)
    return total
print(loop_cells())
