# abs on ints, floats, bools and objects with __abs__.
print(abs(0), abs(5), abs(-5), abs(-10**30))
print(abs(2.5), abs(-2.5), abs(-0.0), abs(float("-inf")))
print(abs(True), abs(False))
print(abs(-3 + 4j))

class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

print(abs(Vec(3, 4)))

for bad in ["a", None, [1]]:
    try:
        abs(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    abs()
except TypeError as e:
    print("TypeError:", e)
try:
    abs(1, 2)
except TypeError as e:
    print("TypeError:", e)
