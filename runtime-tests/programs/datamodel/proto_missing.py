class Counter(dict):
    def __missing__(self, key):
        print("missing", key)
        return 0
c = Counter()
c["a"] += 1
c["a"] += 1
print(c, c["zz"], "zz" in c)
print(c.get("q"), c.get("q", 5))
class Auto(dict):
    def __missing__(self, key):
        v = self[key] = Auto()
        return v
a = Auto()
a["x"]["y"]["z"] = 1
print(a)
class Raiser(dict):
    def __missing__(self, key):
        raise ValueError(f"no {key}")
try:
    Raiser()["k"]
except ValueError as e:
    print("ValueError:", e)
class Plain(dict):
    pass
try:
    Plain()["k"]
except KeyError as e:
    print("KeyError:", e)
d = {}
try:
    d.__missing__ = lambda k: None
except AttributeError as e:
    print("AttributeError:", e)
try:
    d2 = {}
    d2["nope"]
except KeyError as e:
    print("KeyError:", e)
class Sub(Counter):
    pass
print(Sub()["w"])
print(Counter.__missing__(c, "direct"))
class NotDict:
    def __missing__(self, k):
        return 1
try:
    NotDict()["x"]
except TypeError as e:
    print("TypeError:", e)
class TupleKey(dict):
    def __missing__(self, key):
        return key
print(TupleKey()[1, 2], TupleKey()[(3,)])
try:
    {}[(1, 2)]
except KeyError as e:
    print("KeyError:", e, e.args)
class MissingNotFunc(dict):
    __missing__ = staticmethod(lambda k: ("static", k))
print(MissingNotFunc()["m"])
print(dict.fromkeys("ab", 0))
print(Counter(x=1).pop("x"), Counter().setdefault("y", 9))
