# Class attributes are shared; instance assignment shadows them.
class Bag:
    items = []
    size = 0
    def add(self, x):
        self.items.append(x)
        self.size += 1
a, b = Bag(), Bag()
a.add(1)
b.add(2)
print(a.items, b.items, Bag.items, a.items is b.items)
print(a.size, b.size, Bag.size)
print(sorted(vars(a)), sorted(k for k in vars(Bag) if not k.startswith("__")))
class FixedBag:
    def __init__(self):
        self.items = []
    def add(self, x):
        self.items.append(x)
c, d = FixedBag(), FixedBag()
c.add(1)
print(c.items, d.items)
Bag.size = 100
e = Bag()
print(e.size, a.size)
del a.size
print(a.size)
class Config:
    defaults = {"debug": False}
    def __init__(self, **overrides):
        self.settings = {**self.defaults, **overrides}
print(Config(debug=True).settings, Config().settings, Config.defaults)
class Counter:
    created = 0
    def __init__(self):
        type(self).created += 1
class SubCounter(Counter):
    pass
Counter(); Counter(); SubCounter()
print(Counter.created, SubCounter.created)
