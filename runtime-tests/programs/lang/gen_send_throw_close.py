# send, throw, close and GeneratorExit.
def averager():
    total = count = 0
    avg = None
    while True:
        try:
            value = yield avg
        except ValueError as exc:
            print("averager caught", exc)
            continue
        total += value
        count += 1
        avg = total / count

a = averager()
print(next(a))
print(a.send(10), a.send(20), a.send(60))
print(a.throw(ValueError("bad value")))
print(a.send(10))
a.close()
try:
    a.send(1)
except StopIteration:
    print("closed generator raises StopIteration")
def g():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("GeneratorExit seen")
        raise
    finally:
        print("finally")
it = g()
print(next(it))
it.close()
it.close()
print("closed twice fine")
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "refuse"
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as exc:
    print("RuntimeError:", exc)
def thrower():
    yield 1
t = thrower()
try:
    t.throw(KeyError("before start"))
except KeyError as exc:
    print("KeyError propagated:", exc)
t = thrower()
next(t)
try:
    t.throw(TypeError, "as class")
except TypeError as exc:
    print("TypeError:", exc)
fresh = thrower()
try:
    fresh.send(5)
except TypeError as exc:
    print("TypeError:", exc)
def catches_and_returns():
    try:
        yield
    except ValueError:
        return "handled"
c = catches_and_returns()
next(c)
try:
    c.throw(ValueError)
except StopIteration as exc:
    print("StopIteration value", exc.value)
unstarted = thrower()
unstarted.close()
print(list(unstarted))
