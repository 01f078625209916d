class Rec:
    def __init__(self):
        self.name = "rec"
        self.items = {"k": "v", 0: "zero", "0": "strzero"}
        self.seq = ["a", "b"]
    def __getitem__(self, k):
        return f"item[{k!r}]"
    def __format__(self, spec):
        return f"Rec:{spec}"
r = Rec()
print("{0.name} {0.items[k]} {0.items[0]} {0.seq[1]} {0[x]} {0[3]}".format(r))
print("{r.name!r:>8} {r!s:.5} {r:spec} {r!r:.12}".format(r=r))
print("{:{}}".format(r, "dyn"), "{0:{1}{2}}".format(3.14159, ".", "2f"))
for bad in ["{0.missing}", "{0[", "{0!z}", "{1}", "{x}", "{0.seq[5]}", "{:}}", "{0:{1:{2}}}"]:
    try:
        print(repr(bad.format(r)))
    except (AttributeError, ValueError, IndexError, KeyError, TypeError) as e:
        print(bad, type(e).__name__ + ":", e)
class M(dict):
    def __missing__(self, k):
        return "?" + k
print("{a} {b}".format_map(M(a=1)))
try:
    "{a}".format_map(5)
except TypeError as e:
    print("TypeError:", e)
print(f"{r.name!r} {r.seq[0]} {r.items['k']} {r:inline}", f"{'nested ' + r.name:>12}")
print("%(name)s is %(age)d" % {"name": "x", "age": 3}, format(r, ""), "{!a}".format("é"))
