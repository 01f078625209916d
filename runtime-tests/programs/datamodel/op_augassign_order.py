log = []
class Obj:
    def __init__(self):
        self._x = V(1)
    def __getattr__(self, name):
        log.append(f"getattr {name}")
        raise AttributeError(name)
class V:
    def __init__(self, v):
        self.v = v
    def __iadd__(self, o):
        log.append(f"iadd {self.v} {o}")
        return V(self.v + o)
    def __repr__(self):
        return f"V({self.v})"
class Box:
    def __init__(self):
        self.items = {"a": V(10)}
    def __getitem__(self, k):
        log.append(f"getitem {k}")
        return self.items[k]
    def __setitem__(self, k, v):
        log.append(f"setitem {k} {v}")
        self.items[k] = v
def key():
    log.append("key")
    return "a"
def box():
    log.append("box")
    return b
def val():
    log.append("val")
    return 5
b = Box()
box()[key()] += val()
print(log); log.clear()
o = Obj()
o._x += 2
print(o._x, log); log.clear()
class Holder:
    pass
h = Holder()
h.v = V(3)
h.v += 4
print(h.v)
lst = [V(1)]
lst[0] += 1
print(lst)
t = (V(1),)
try:
    t[0] += 1
except TypeError as e:
    print("TypeError:", e)
class L(list):
    pass
t2 = ([1],)
try:
    t2[0] += [2]
except TypeError as e:
    print("TypeError:", e, t2)
g = V(0)
def f():
    global g
    g += 7
f()
print(g)
