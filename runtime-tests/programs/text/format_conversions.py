def check(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

class A:
    def __repr__(self):
        return "A-repr"
    def __str__(self):
        return "A-str"
    def __format__(self, spec):
        return "A-format(" + spec + ")"
a = A()
print("{}|{!s}|{!r}|{!a}|{:xyz}|{!s:>8}|{!r:^10}".format(a, a, a, a, a, a, a))
print("{!r}".format("日本"), "{!a}".format("日本"), "{!a}".format(["é"]))
check("bad conv", lambda: "{!x}".format(1))
check("conv no colon", lambda: "{!rx}".format(1))
check("conv eos", lambda: "{!".format(1))
class BadFormat:
    def __format__(self, spec):
        return 42
check("bad __format__", lambda: "{}".format(BadFormat()))
check("object spec", lambda: format(object(), "x"))
print(format(object(), "") .startswith("<object object"))
