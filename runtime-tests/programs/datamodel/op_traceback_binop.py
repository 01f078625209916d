class Meters:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        if isinstance(other, Meters):
            return Meters(self.v + other.v)
        return NotImplemented
def total(items):
    acc = Meters(0)
    for x in items:
        acc = acc + x
    return acc
print(total([Meters(1), Meters(2)]).v)
class Feet:
    def __init__(self, v):
        self.v = v
    def __radd__(self, other):
        if isinstance(other, Meters):
            return Meters(other.v + self.v * 0.3048)
        return NotImplemented
print(round((Meters(1) + Feet(10)).v, 3))
try:
    Feet(1) + Feet(2)
except TypeError as e:
    print("TypeError:", e)
print(total([Meters(1), Meters(2), 3]).v)
