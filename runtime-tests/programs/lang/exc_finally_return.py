# return/break in finally overrides; exceptions raised in finally replace.
def f():
    try:
        return "try"
    finally:
        return "finally"
print(f())
def g():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
print(g())
def h():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            break
    return "loop broke, exception dropped"
print(h())
def k():
    try:
        raise ValueError("original")
    finally:
        raise TypeError("from finally")
try:
    k()
except TypeError as exc:
    print("TypeError:", exc, "context:", repr(exc.__context__))
def order():
    log = []
    try:
        log.append(1)
        return log
    finally:
        log.append(2)
print(order())
def value_snapshot():
    x = 1
    try:
        return x
    finally:
        x = 2
print(value_snapshot())
def nested():
    try:
        try:
            return "inner"
        finally:
            print("inner finally")
    finally:
        print("outer finally")
print(nested())
def count():
    n = 0
    while True:
        try:
            n += 1
            if n < 3:
                continue
            return n
        finally:
            print("finally n =", n)
print(count())
