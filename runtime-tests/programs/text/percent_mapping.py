def check(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

d = {"name": "Ann", "n": 3, "x": 2.5}
print("%(name)s has %(n)d items at %(x).2f" % d)
print("%(name)r %(n)05d %(n)x" % d)
print("%(a)s %(a)s" % {"a": 1})
print("no fields" % {"a": 1}, "%(x)s" % {"x": {"y": 1}})
print("%s" % {"k": "v"})
print("%(k(1))s" % {"k(1)": "nested"})
check("missing key", lambda: "%(zz)s" % d)
check("not mapping", lambda: "%(a)s" % 1)
check("not mapping tuple", lambda: "%(a)s" % (1,))
check("incomplete key", lambda: "%(a" % d)
class M:
    def __getitem__(self, k):
        return k.upper()
print("%(abc)s-%(x)s" % M())
