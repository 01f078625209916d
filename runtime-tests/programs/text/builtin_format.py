def check(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

print(format("abc"), format("abc", ""), format("abc", ">6"), format(3), format(3, "03"), format(2.5, ".3f"))
print(format(True), format(True, "d"), format(None), format([1, 2]), format(1e300), format(-1e-300))
check("bad spec", lambda: format("a", "d"))
check("spec type", lambda: format("a", 1))
check("obj spec", lambda: format(object(), "s"))
print("abc".__format__(""), "abc".__format__(">5"), (5).__format__("x"))
check("__format__ int arg", lambda: "a".__format__(1))
class F:
    def __format__(self, spec):
        return "F" + spec
print(format(F(), "spec"), format(F()), f"{F():q}")
