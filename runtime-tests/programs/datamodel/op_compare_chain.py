calls = []
class V:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"V{self.v}"
    def __lt__(self, o):
        calls.append(f"{self}<{o}")
        return self.v < o.v
    def __le__(self, o):
        calls.append(f"{self}<={o}")
        return self.v <= o.v
    def __eq__(self, o):
        calls.append(f"{self}=={o}")
        return self.v == o.v
    __hash__ = None
def mk(v):
    calls.append(f"mk{v}")
    return V(v)
print(mk(1) < mk(2) < mk(3), calls); calls.clear()
print(mk(1) < mk(3) < mk(2), calls); calls.clear()
print(mk(3) < mk(1) < mk(2), calls); calls.clear()
print(mk(1) <= mk(1) == mk(1) < mk(2), calls); calls.clear()
class T:
    def __lt__(self, o):
        return [1]
    def __gt__(self, o):
        return []
r = T() < T() < T()
print(r)
r = T() > T() < T()
print(r)
x = 5
print(1 < x < 10, 1 < x > 10, 1 < x < 3)
class Boom:
    def __bool__(self):
        raise RuntimeError("bool boom")
class BB:
    def __lt__(self, o):
        return Boom()
try:
    BB() < BB() < BB()
except RuntimeError as e:
    print("RuntimeError:", e)
print(type(BB() < 1).__name__)
try:
    if BB() < 1:
        pass
except RuntimeError as e:
    print("RuntimeError:", e)
