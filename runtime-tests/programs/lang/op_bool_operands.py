# and / or return one of their operands; not returns a bool.
print(1 and 2, 0 and 2, 1 or 2, 0 or 2)
print("" or "default", "value" or "default")
print([] and [1], [0] and [1])
print(None or 0 or "" or [], None and crash)
print(not 0, not 5, not "", not "x", not None, not [])
def t(tag, val):
    print("eval", tag)
    return val
print(t("a", 0) and t("b", 1))
print(t("a", 1) and t("b", 0) and t("c", 2))
print(t("a", 0) or t("b", "") or t("c", "last"))
print(t("a", 1) or t("b", 2))
x = t("a", 1) and t("b", 2) or t("c", 3)
print(x)
x = t("a", 0) and t("b", 2) or t("c", 3)
print(x)

class Falsy:
    def __bool__(self):
        print("bool asked")
        return False
    def __repr__(self):
        return "Falsy()"

f = Falsy()
print(f or "other")
print(f and "other")
print(not f)

class Sized:
    def __len__(self):
        return 0
print(Sized() or "empty")
class Bad:
    def __bool__(self):
        return 1
try:
    not Bad()
except TypeError as exc:
    print("TypeError:", exc)
if 0.0 or 0j or () or {} or set() or range(0):
    print("truthy")
else:
    print("all falsy")
