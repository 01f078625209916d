# Generators are closed as soon as the last reference goes away: finally blocks and GeneratorExit run.
def tracked(name):
    try:
        yield name + "-1"
        yield name + "-2"
    except GeneratorExit:
        print("GeneratorExit in", name)
        raise
    finally:
        print("finally in", name)

g = tracked("rebound")
next(g)
g = None
print("after rebinding")

def take_first(name):
    for item in tracked(name):
        return item
print(take_first("returned"))

holder = [tracked("in-list")]
next(holder[0])
holder.clear()
print("after clear")

def gen_in_local():
    local = tracked("local")
    next(local)
    print("leaving function")
gen_in_local()
print("after function")

never_started = tracked("unstarted")
del never_started
print("unstarted generators do not run finally")

exhausted = tracked("exhausted")
print(list(exhausted))
del exhausted
print("exhausted generators ran finally already")

def noisy_close():
    try:
        yield 1
    finally:
        print("finally raising")
        raise ValueError("error during close")
n = noisy_close()
next(n)
try:
    n.close()
except ValueError as exc:
    print("close() propagated:", exc)
