# Attribute and method caches must notice every change that affects a lookup: a class gaining
# a data descriptor, a method replaced on the class or a base, an instance attribute shadowing
# a method, __getattr__/__getattribute__ added later, __class__ assignment.
class Base:
    def hello(self):
        return "base"


class C(Base):
    def __init__(self, v):
        self.v = v


def read_all(objs):
    return [o.v for o in objs]


def call_all(objs):
    return [o.hello() for o in objs]


objs = [C(i) for i in range(4)]
for step in range(8):
    if step == 2:
        C.v = property(lambda self: "prop")
    if step == 3:
        del C.v
    if step == 4:
        Base.hello = lambda self: "patched"
    if step == 5:
        objs[1].hello = lambda: "instance"
    if step == 6:
        C.__getattribute__ = lambda self, name: "ga:" + name
    if step == 7:
        del C.__getattribute__
        objs[2].__class__ = type("D", (C,), {"hello": lambda self: "D"})
    print(step, read_all(objs), call_all(objs))


class Lazy:
    def __getattr__(self, name):
        return "missing:" + name


lz = Lazy()
out = []
for i in range(4):
    if i == 2:
        lz.x = "now set"
    out.append(lz.x)
print(out)


# Stores through a cached shape transition, then a class-level data descriptor appears.
class S:
    pass


log = []


class Spy:
    def __set__(self, obj, value):
        log.append(value)

    def __get__(self, obj, owner):
        return "spy"


ss = []
for i in range(5):
    if i == 3:
        S.a = Spy()
    s = S()
    s.a = i
    s.b = i * 2
    ss.append(s)
print([(s.a, s.b) for s in ss], log)
print([sorted(vars(s)) for s in ss])
