class CI(dict):
    def __contains__(self, k):
        return super().__contains__(k.lower())
    def __getitem__(self, k):
        return super().__getitem__(k.lower())
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)
d = CI()
d["Key"] = 1
print("KEY" in d, "key" in d, d["kEy"], dict(d), list(d), d.get("KEY"))
class Count(list):
    def __contains__(self, x):
        print("list contains", x)
        return super().__contains__(x)
c = Count([1, 2])
print(2 in c, 3 not in c)
class S(set):
    def __contains__(self, x):
        return True
print(5 in S(), S({1}) == {1})
class StrS(str):
    def __contains__(self, x):
        return "custom"
print("z" in StrS("abc"))
class T(tuple):
    def __len__(self):
        return 99
    def __iter__(self):
        return iter(["it"])
t = T((1, 2))
print(len(t), list(t), t[0], 1 in t, tuple(t))
class DictLen(dict):
    def __len__(self):
        return 0
dl = DictLen(a=1)
print(bool(dl), len(dl), dict(dl), list(dl.items()))
class DictIter(dict):
    def __iter__(self):
        return iter(["x", "y"])
di = DictIter(a=1)
print(list(di), list(di.keys()), dict(di), {**di})
