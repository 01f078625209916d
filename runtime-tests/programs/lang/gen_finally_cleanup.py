# Generator cleanup: finally runs on close, on exhaustion, and on break from a for loop.
def resource(name):
    print("open", name)
    try:
        for i in range(3):
            yield f"{name}-{i}"
    finally:
        print("close", name)
for item in resource("a"):
    print(item)
g = resource("b")
print(next(g))
g.close()
print("after close")
def first_only(gen):
    for v in gen:
        return v
print(first_only(resource("c")))
print("after first_only")
gen = resource("d")
for v in gen:
    if v.endswith("1"):
        break
print("broke out; generator still suspended")
gen.close()
def nested():
    try:
        yield from resource("inner")
    finally:
        print("outer finally")
n = nested()
print(next(n))
n.close()
def with_in_gen():
    class CM:
        def __enter__(self):
            print("cm enter")
        def __exit__(self, *a):
            print("cm exit", a[0].__name__ if a[0] else None)
    with CM():
        yield 1
        yield 2
w = with_in_gen()
next(w)
w.close()
