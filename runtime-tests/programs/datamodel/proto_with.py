class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, typ, val, tb):
        print("exit", self.name, typ.__name__ if typ else None, val, tb is not None)
        return self.suppress
with CM("a") as x:
    print("body", x)
with CM("b", suppress=True):
    raise ValueError("swallowed")
print("after b")
try:
    with CM("c"):
        raise KeyError("propagates")
except KeyError as e:
    print("caught", e)
with CM("d") as x, CM("e", True) as y:
    print("two", x, y)
    1 / 0
print("after de")
class Truthy:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print("bool called")
        return self.v
class Ret:
    def __init__(self, r):
        self.r = r
    def __enter__(self):
        return None
    def __exit__(self, *a):
        return self.r
with Ret(Truthy(True)):
    raise RuntimeError
print("suppressed by truthy object")
with Ret(Truthy(False)):
    pass
print("no exception: bool not called")
try:
    with Ret(0):
        raise IndexError("zero does not suppress")
except IndexError as e:
    print("IndexError:", e)
with Ret("yes"):
    raise IndexError
print("suppressed by str")
def f():
    for i in range(3):
        with CM(f"loop{i}", True):
            if i == 1:
                continue
            if i == 2:
                return "ret"
            print("in", i)
print(f())
class ExitRaises:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise TypeError("from exit")
try:
    with ExitRaises():
        raise ValueError("orig")
except TypeError as e:
    print("TypeError:", e, type(e.__context__).__name__)
