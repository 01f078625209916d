class T(tuple):
    def __iter__(self):
        return iter(["i1", "i2"])
class L(list):
    def __iter__(self):
        return iter(["j1", "j2"])
class D(dict):
    def __iter__(self):
        return iter(["k"])
    def keys(self):
        return ["k"]
    def __getitem__(self, k):
        return "dv"
for sub in [T((1, 2)), L([1, 2])]:
    print(list(sub), tuple(sub), sorted(sub), set(sub) == set(list(sub)), "".join(sub), [*sub], min(sub))
    a, b = sub
    print(a, b, frozenset(sub) == frozenset(list(sub)), list(enumerate(sub)), list(zip(sub)), list(map(str, sub)))
    def f(*args):
        return args
    print(f(*sub), list(reversed(sub)), any(sub), [x for x in sub], dict.fromkeys(sub))
    l = []
    l.extend(sub)
    l += sub
    print(l)
    from_iter = list(iter(sub))
    print(from_iter)
d = D(a=1)
print(dict(d), {**d}, list(d), dict(**d) if False else "", D(a=1) == {"a": 1})
x = {}
x.update(d)
print(x)
def g(**kw):
    return kw
print(g(**d))
