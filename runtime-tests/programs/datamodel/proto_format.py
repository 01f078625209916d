class F:
    def __format__(self, spec):
        return f"<F spec={spec!r}>"
f = F()
print(format(f), format(f, "x>10"), f"{f}", f"{f:abc}", f"{f!r:>5}"[:6], "{0:q}".format(f))
print("{:{}}".format(f, "nested"))
w = 3
print(f"{f:{w}d}")
class Plain:
    def __str__(self):
        return "plain-str"
print(format(Plain()), f"{Plain()}", "{}".format(Plain()), f"{Plain()!s:>12}")
try:
    format(Plain(), "d")
except TypeError as e:
    print("TypeError:", e)
try:
    f"{Plain():>10}"
except TypeError as e:
    print("TypeError:", e)
class BadRet:
    def __format__(self, spec):
        return 5
try:
    format(BadRet())
except TypeError as e:
    print("TypeError:", e)
try:
    f"{BadRet()}"
except TypeError as e:
    print("TypeError:", e)
class IntSub(int):
    pass
print(format(IntSub(255), "x"), f"{IntSub(7):03d}")
class FmtInherit(int):
    def __format__(self, spec):
        return "custom:" + spec
print(f"{FmtInherit(1):>4}", format(FmtInherit(1)))
print(object.__format__(Plain(), ""))
try:
    object.__format__(Plain(), "x")
except TypeError as e:
    print("TypeError:", e)
try:
    format(1, 2)
except TypeError as e:
    print("TypeError:", e)
class Raise:
    def __format__(self, spec):
        raise ValueError("bad spec " + spec)
try:
    f"{Raise():zz}"
except ValueError as e:
    print("ValueError:", e)
print(format(3.14159, ".2f"), format("s", "^5"), format(None), format(True, "d"))
try:
    format(None, "x")
except TypeError as e:
    print("TypeError:", e)
try:
    format([], "5")
except TypeError as e:
    print("TypeError:", e)
