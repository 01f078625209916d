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
print(total([Meters(1), Meters(2), 3]).v)
