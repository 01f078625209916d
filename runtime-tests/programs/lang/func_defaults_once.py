# Default values are evaluated once, at definition time.
counter = 0
def make_default():
    global counter
    counter += 1
    print("evaluating default", counter)
    return counter

def f(x=make_default()):
    return x

print(f(), f(), f(5))
print("counter", counter)

def append_to(item, target=[]):
    target.append(item)
    return target

print(append_to(1))
print(append_to(2))
print(append_to(3, []))
print(append_to(4))
print(append_to.__defaults__)

def safe_append(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target
print(safe_append(1), safe_append(2))

def memo(n, cache={}):
    if n in cache:
        return cache[n]
    result = n if n < 2 else memo(n - 1) + memo(n - 2)
    cache[n] = result
    return result
print(memo(50), len(memo.__defaults__[0]))

value = 10
def late(x=value):
    return x
value = 20
print(late())
def kw(*, a=[], b={}):
    a.append(len(a))
    return a
print(kw(), kw())
print(kw.__kwdefaults__)
