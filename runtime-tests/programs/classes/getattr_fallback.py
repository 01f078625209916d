class Proxy:
    def __init__(self, target):
        self._target = target

    def __getattr__(self, name):
        print("getattr", name)
        if name.startswith("x_"):
            raise AttributeError(f"no {name} here")
        return getattr(self._target, name)


class Target:
    color = "red"

    def hello(self):
        return "hello from target"


p = Proxy(Target())
print(p.color)
print(p.hello())
print(p._target.color)
try:
    p.x_missing
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(p, "x_y"), hasattr(p, "color"))
print(getattr(p, "x_z", "dflt"))


class Dyn:
    def __getattr__(self, name):
        return name.upper()


d = Dyn()
d.real = "set"
print(d.real, d.anything, d.other)


class PropErr:
    @property
    def p(self):
        raise AttributeError("from property")

    def __getattr__(self, name):
        return "fallback for " + name


print(PropErr().p)
