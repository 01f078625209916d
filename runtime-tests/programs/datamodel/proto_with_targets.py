class CM:
    def __init__(self, v):
        self.v = v
    def __enter__(self):
        return self.v
    def __exit__(self, *a):
        print("exit", self.v)
class Holder:
    pass
h = Holder()
d = {}
lst = [0, 0]
with CM(1) as h.attr:
    print("attr", h.attr)
with CM(2) as d["k"]:
    print("item", d)
with CM(3) as lst[1]:
    print("index", lst)
with CM((4, 5)) as (a, b):
    print("tuple", a, b)
with CM([6, 7, 8]) as (first, *rest):
    print("star", first, rest)
with CM(9) as h.attr, CM(10) as d["k2"]:
    print("two", h.attr, d)
class BadTarget:
    def __setattr__(self, k, v):
        raise AttributeError("read-only " + k)
try:
    with CM(11) as BadTarget().x:
        print("not reached")
except AttributeError as e:
    print("AttributeError:", e)
try:
    with CM(12) as (p, q):
        pass
except TypeError as e:
    print("TypeError:", e)
def gen_cm():
    with CM("g") as v:
        yield v
        yield v * 2
print(list(gen_cm()))
g = gen_cm()
print(next(g))
g.close()
print("closed")
