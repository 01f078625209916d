log = []
class K:
    def __init__(self, name, h):
        self.name = name
        self.h = h
    def __hash__(self):
        log.append(f"hash {self.name}")
        return self.h
    def __eq__(self, other):
        log.append(f"eq {self.name} {other.name}")
        return isinstance(other, K) and self.name == other.name
    def __repr__(self):
        return self.name
d = {}
d[K("a", 1)] = 1
d[K("b", 1)] = 2
print(log); log.clear()
print(d[K("b", 1)], log); log.clear()
print(K("c", 1) in d, log); log.clear()
print(K("a", 2) in d, log); log.clear()
s = {K("x", 5), K("x", 5)}
print(len(s), log); log.clear()
a = K("same", 7)
d2 = {a: 1}
print(d2[a], log); log.clear()
class Eq1:
    def __hash__(self):
        return 1
    def __eq__(self, o):
        return True
print(len({Eq1(), Eq1(), 1, True}), {1: "int"}[Eq1()] if False else "")
print({1: "int", Eq1(): "eq1"})
class Mut:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v)
    def __eq__(self, o):
        return self.v == o.v
m = Mut(1)
dd = {m: "m"}
m.v = 2
print(Mut(1) in dd, m in dd, len(dd))
class RaisingEq:
    def __hash__(self):
        return 3
    def __eq__(self, o):
        raise RuntimeError("eq boom")
dd = {RaisingEq(): 1}
try:
    dd[RaisingEq()]
except RuntimeError as e:
    print("RuntimeError:", e)
print(3 in {3: 0}, hash(1) == hash(1.0) == hash(True))
