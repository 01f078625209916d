class C:
    pass
c = C()
c.__len__ = lambda: 5
c.__iter__ = lambda: iter([1])
c.__next__ = lambda: 1
c.__getitem__ = lambda k: k
c.__add__ = lambda o: "inst add"
c.__eq__ = lambda o: True
c.__hash__ = lambda: 1
c.__bool__ = lambda: False
c.__repr__ = lambda: "inst repr"
c.__call__ = lambda: "called"
c.__contains__ = lambda x: True
c.__neg__ = lambda: "neg"
c.__index__ = lambda: 3
c.__enter__ = lambda: None
for label, f in [("len", lambda: len(c)), ("iter", lambda: iter(c)), ("getitem", lambda: c[0]), ("add", lambda: c + 1),
                 ("bool", lambda: bool(c)), ("call", lambda: c()), ("in", lambda: 1 in c), ("neg", lambda: -c),
                 ("index", lambda: [1, 2, 3, 4][c]), ("explicit len", lambda: c.__len__()), ("explicit add", lambda: c.__add__(1))]:
    try:
        print(label, f())
    except TypeError as e:
        print(label, "TypeError:", e)
print(c == c, c == C(), repr(c)[:10], hash(c) == hash(c))
class It:
    def __iter__(self):
        return self
it = It()
it.__next__ = lambda: 1
try:
    iter(it)
except TypeError as e:
    print("TypeError:", e)
try:
    next(it)
except TypeError as e:
    print("TypeError:", e)
print(it.__next__())
class Cls:
    def __len__(self):
        return 2
obj = Cls()
obj.__len__ = lambda: 100
print(len(obj), obj.__len__())
Cls.__len__ = lambda self: 7
print(len(obj))
del Cls.__len__
try:
    len(obj)
except TypeError as e:
    print("TypeError:", e)
