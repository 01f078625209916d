class L(list):
    def __getitem__(self, i):
        return ("L", super().__getitem__(i))
    def __setitem__(self, i, v):
        super().__setitem__(i, v * 10)
    def __delitem__(self, i):
        super().__delitem__(i)
    def __contains__(self, x):
        return super().__contains__(x) or x == "magic"
    def __iter__(self):
        return (("it", x) for x in super().__iter__())
    def __len__(self):
        return super().__len__() + 1000
    def __add__(self, o):
        return L(super().__add__(o))
    def __iadd__(self, o):
        return super().__iadd__([x * 2 for x in o])
    def __mul__(self, n):
        return ("mul", super().__mul__(n))
    def __eq__(self, o):
        return ("eq", super().__eq__(o))
    def __lt__(self, o):
        return ("lt", super().__lt__(o))
    def __reversed__(self):
        return ("rev", list(super().__reversed__()))
    def __bool__(self):
        return True
l = L([1, 2, 3])
l[0] = 5
del l[1]
print(l[0], l[-1], 3 in l, "magic" in l, 9 in l, list(l), len(l), l + [9], l * 2, l == [50, 3], l < [99], reversed(l))
l += [4]
print(list.__repr__(l), type(l).__name__)
class D(dict):
    def __getitem__(self, k):
        return ("D", super().__getitem__(k))
    def __setitem__(self, k, v):
        super().__setitem__(k, [v])
    def __contains__(self, k):
        return super().__contains__(k.lower())
    def __iter__(self):
        return iter(sorted(super().__iter__(), reverse=True))
    def __len__(self):
        return -super().__len__() if False else super().__len__()
    def __or__(self, o):
        return ("or", super().__or__(o))
d = D()
d["a"] = 1
d["b"] = 2
print(d["a"], "A" in d, list(d), len(d), d | {"c": 3}, dict.__repr__(d), d.get("a"))
class T(tuple):
    def __getitem__(self, i):
        return ("T", super().__getitem__(i))
    def __hash__(self):
        return super().__hash__() == hash((1, 2))
print(T((1, 2))[0], hash(T((1, 2))), T((1, 2)) + (3,), T((1,)) * 2)
class St(set):
    def __and__(self, o):
        return ("and", sorted(super().__and__(o)))
    def __contains__(self, x):
        return ("c", super().__contains__(x))[1]
print(St({1, 2}) & {2, 3}, 1 in St({1}), St({1}) | {2})
print(D.copy(d) if False else dict.copy(d), type(d.copy()).__name__)
class D2(dict):
    def keys(self):
        return ["x"]
    def __getitem__(self, k):
        return "never for plain copy"
d2 = D2(x=1)
print(d2.copy(), dict(d2), {**d2}, d2 | {}, {} | d2)
