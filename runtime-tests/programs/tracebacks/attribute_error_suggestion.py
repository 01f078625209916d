# AttributeError for a misspelt attribute: CPython suggests the closest name in dir(obj).


class Point:
    def __init__(self, x, y):
        self.x_coord = x
        self.y_coord = y

    def distance(self):
        return (self.x_coord ** 2 + self.y_coord ** 2) ** 0.5


p = Point(3, 4)
print(p.distance())
try:
    p.distanse()
except AttributeError as e:
    print("caught:", e)
print("abc".uper())
