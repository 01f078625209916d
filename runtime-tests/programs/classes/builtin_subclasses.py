class AttrDict(dict):
    def __init__(self, *a, **kw):
        super().__init__(*a, **kw)
        self.created = True

    def __getattr__(self, k):
        try:
            return self[k]
        except KeyError:
            raise AttributeError(k)


d = AttrDict(a=1, b=2)
print(d, d.a, d.created, len(d), type(d).__name__, isinstance(d, dict))
d["c"] = 3
print(sorted(d.items()), d.c, d.__dict__)
try:
    d.zzz
except AttributeError as e:
    print("AttributeError:", e)


class Stack(list):
    def push(self, x):
        self.append(x)
        self.pushes = getattr(self, "pushes", 0) + 1

    def peek(self):
        return self[-1]


s = Stack([1, 2])
s.push(3)
print(s, s.peek(), s.pushes, len(s), s + [4], type(s + [4]).__name__)


class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))

    @property
    def first(self):
        return self[0]


p = Pair(1, 2)
print(p, p.first, p == (1, 2), type(p).__name__, isinstance(p, tuple))


class Tags(set):
    pass


t = Tags([1, 2, 2])
t.label = "x"
print(sorted(t), t.label, 1 in t, type(t).__name__)


class Name(str):
    def greet(self):
        return "hi " + self


n = Name("bob")
n.extra = 5
print(n.greet(), n.extra, n.upper(), n == "bob", len(n), type(n.upper()).__name__)


class Missing(dict):
    def __missing__(self, k):
        return k * 2


m = Missing()
print(m[21], len(m))
try:
    class Both(dict, list):
        pass
except TypeError as e:
    print("TypeError:", e)
