def check(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

print("{a}-{b}".format_map({"a": 1, "b": "two"}))
class Default(dict):
    def __missing__(self, key):
        return "<" + key + ">"
print("{x} {y}".format_map(Default(x=1)))
print("{0[k]}".format_map({"0": {"k": "v"}}) if False else "skip")
check("missing", lambda: "{zz}".format_map({}))
check("positional", lambda: "{}".format_map({}))
check("positional 0", lambda: "{0}".format_map({"0": 1}))
check("not mapping", lambda: "{a}".format_map(1))
print("no fields".format_map(1))
class M:
    def __getitem__(self, k):
        return k * 2
print("{ab}/{c}".format_map(M()))
