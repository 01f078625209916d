trace = []
class L:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return self.name
    def __iadd__(self, o):
        trace.append(f"{self}.iadd")
        return NotImplemented
    def __add__(self, o):
        trace.append(f"{self}.add")
        return NotImplemented
    def __radd__(self, o):
        trace.append(f"{self}.radd")
        return NotImplemented
class R:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return self.name
    def __radd__(self, o):
        trace.append(f"{self}.radd")
        return f"{o}+{self}"
x = L("l")
x += R("r")
print(x, trace)
trace.clear()
y = L("l")
try:
    y += L("m")
except TypeError as e:
    print("TypeError:", e)
print(trace)
trace.clear()
class Sub(L):
    def __radd__(self, o):
        trace.append(f"{self}.sub-radd")
        return "sub"
z = L("l")
z += Sub("s")
print(z, trace)
trace.clear()
n = 5
try:
    n += L("l")
except TypeError as e:
    print("TypeError:", e, trace)
trace.clear()
s = "abc"
try:
    s -= L("q")
except TypeError as e:
    print("TypeError:", e, trace)
t = [1, 2]
try:
    t += 3
except TypeError as e:
    print("TypeError:", e)
u = (1,)
try:
    u += [2]
except TypeError as e:
    print("TypeError:", e)
d = {1: 2}
d |= {3: 4}
print(d)
try:
    d |= 5
except TypeError as e:
    print("TypeError:", e)
