# UnboundLocalError and NameError messages.
x = 10
def f():
    print(x)
    x = 5
try:
    f()
except UnboundLocalError as exc:
    print("UnboundLocalError:", exc)
def g():
    return undefined_name
try:
    g()
except NameError as exc:
    print("NameError:", exc)
def h():
    y = 1
    del y
    return y
try:
    h()
except UnboundLocalError as exc:
    print("UnboundLocalError:", exc)
def closure():
    def inner():
        return z
    try:
        inner()
    except NameError as exc:
        print("NameError:", exc)
    z = 1
closure()
try:
    del never_defined
except NameError as exc:
    print("NameError:", exc)
def aug():
    x += 1
try:
    aug()
except UnboundLocalError as exc:
    print("UnboundLocalError:", exc)
print(issubclass(UnboundLocalError, NameError))
try:
    print(prnt)
except NameError as exc:
    print("NameError:", exc, exc.name)
def cond(flag):
    if flag:
        value = "set"
    return value
print(cond(True))
try:
    cond(False)
except UnboundLocalError as exc:
    print("UnboundLocalError:", exc)
