# getattr / setattr / hasattr / delattr, with defaults and errors.
class C:
    cls_attr = "class"

    def method(self):
        return "m"

c = C()
setattr(c, "x", 10)
print(getattr(c, "x"), getattr(c, "cls_attr"), getattr(c, "method")())
print(getattr(c, "missing", "default"), getattr(c, "x", "default"))
print(hasattr(c, "x"), hasattr(c, "missing"), hasattr(C, "method"))
delattr(c, "x")
print(hasattr(c, "x"))

class Dyn:
    def __getattr__(self, name):
        if name.startswith("d_"):
            return name.upper()
        raise AttributeError(name)

d = Dyn()
print(getattr(d, "d_val"), getattr(d, "other", 0), hasattr(d, "d_x"), hasattr(d, "zzz"))

class Boom:
    @property
    def p(self):
        raise ValueError("boom")

try:
    hasattr(Boom(), "p")
except ValueError as e:
    print("ValueError:", e)

try:
    getattr(c, "missing")
except AttributeError as e:
    print("AttributeError:", e)
try:
    delattr(c, "missing")
except AttributeError as e:
    print("AttributeError:", e)
for call in [lambda: getattr(c, 1), lambda: setattr(c, 2, 3), lambda: hasattr(c, None), lambda: delattr(c, 1.5)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
for args in [(c,), (c, "a", 1, 2)]:
    try:
        getattr(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    getattr(c, "x", default=1)
except TypeError as e:
    print("TypeError:", e)
try:
    setattr(1, "x", 2)
except AttributeError as e:
    print("AttributeError:", e)
