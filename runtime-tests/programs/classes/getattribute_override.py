class Logged:
    def __init__(self):
        self.a = 1

    def __getattribute__(self, name):
        if not name.startswith("__"):
            print("get", name)
        return object.__getattribute__(self, name)

    def method(self):
        return "m"


x = Logged()
print(x.a)
print(x.method())
try:
    x.missing
except AttributeError as e:
    print("AttributeError:", e)


class Both:
    def __getattribute__(self, name):
        if name == "special":
            return "special!"
        return super().__getattribute__(name)

    def __getattr__(self, name):
        return "getattr:" + name


b = Both()
b.here = 5
print(b.special, b.here, b.missing)


class Everything:
    def __getattribute__(self, name):
        return 42


print(Everything().foo, Everything().__class__)
