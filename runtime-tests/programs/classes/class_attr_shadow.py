class Counter:
    count = 0
    items = []

    def bump(self):
        self.count += 1
        return self.count

    def add(self, v):
        self.items.append(v)


a = Counter()
b = Counter()
print(a.bump(), a.bump(), b.bump())
print(Counter.count, a.count, b.count)
a.add(1)
b.add(2)
print(Counter.items, a.items is b.items)
Counter.count = 100
c = Counter()
print(c.count, a.count)
del a.count
print(a.count)
try:
    del a.count
except AttributeError as e:
    print("AttributeError:", e)
Counter.extra = "new"
print(a.extra, c.extra)
del Counter.extra
print(hasattr(a, "extra"))
try:
    del Counter.extra
except AttributeError as e:
    print("AttributeError:", e)
try:
    Counter.nope
except AttributeError as e:
    print("AttributeError:", e)
print("count" in Counter.__dict__, "bump" in Counter.__dict__, "count" in a.__dict__)
