def check(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

class P:
    x = 1
    y = "why"
    def __init__(self):
        self.items = [10, 20, 30]
p = P()
print("{0.x} {0.y} {0.items[1]}".format(p))
print("{p.x}-{p.items[2]}".format(p=p))
print("{0[0]} {0[2]}".format("abc"), "{0[k]} {0[1]}".format({"k": "v", 1: "one"}))
print("{a[0][1]}".format(a=[[1, 2]]), "{0.__class__.__name__}".format(3))
print("{0[-1]}".format({"-1": "str key"}))
check("missing attr", lambda: "{0.nope}".format(p))
check("missing key", lambda: "{0[nope]}".format({}))
check("index out", lambda: "{0[5]}".format([1]))
check("empty attr", lambda: "{0.}".format(p))
check("missing ]", lambda: "{0[}".format([1]))
check("junk after ]", lambda: "{0[0]x}".format([1]))
