# Augmented assignment evaluates the target's container and key exactly once.
log = []
class Tracked:
    def __init__(self):
        self.data = {"k": 1}
        self._v = 10
    def __getitem__(self, k):
        log.append(f"get[{k}]")
        return self.data[k]
    def __setitem__(self, k, v):
        log.append(f"set[{k}]={v}")
        self.data[k] = v
    @property
    def v(self):
        log.append("get v")
        return self._v
    @v.setter
    def v(self, value):
        log.append(f"set v={value}")
        self._v = value
t = Tracked()
def obj():
    log.append("obj()")
    return t
def key():
    log.append("key()")
    return "k"
obj()[key()] += 5
print(log)
log.clear()
obj().v *= 3
print(log, t.v)
log.clear()
obj()[key()], obj().v = 0, 0
print(log)
class Num:
    def __init__(self, n):
        self.n = n
    def __add__(self, o):
        print("__add__")
        return Num(self.n + o)
n = Num(1)
n += 5
print(n.n)
class INum(Num):
    def __iadd__(self, o):
        print("__iadd__")
        self.n += o
        return self
i = INum(1)
i += 5
print(i.n, type(i).__name__)
class NoIadd:
    def __iadd__(self, o):
        return NotImplemented
    def __add__(self, o):
        return "fell back to __add__"
x = NoIadd()
x += 1
print(x)
