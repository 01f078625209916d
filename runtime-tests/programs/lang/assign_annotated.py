# Annotated assignments.
x: int = 5
print(x)
y: list[int]
print("y" in globals())
z: "a string annotation" = "zz"
print(z)
print(__annotations__["x"], __annotations__["z"])
print(sorted(__annotations__))

class Point:
    x: int
    y: int = 0
    label: str = "p"

print(Point.y, Point.label)
print(hasattr(Point, "x"))
print(list(Point.__annotations__))

def f():
    a: int = 1
    b: str
    return a

print(f())
def g():
    b: int
    try:
        return b
    except UnboundLocalError as exc:
        return "UnboundLocalError: " + str(exc)
print(g())

class Holder:
    pass
h = Holder()
h.value: int = 42
print(h.value)
d = {}
d["k"]: float = 1.5
print(d)
