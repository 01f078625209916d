log = []
class B:
    def __init__(self, name, val):
        self.name = name
        self.val = val
    def __bool__(self):
        log.append(self.name)
        return self.val
    def __repr__(self):
        return self.name
t, f = B("t", True), B("f", False)
print(t and f, log); log.clear()
print(f and t, log); log.clear()
print(t or f, log); log.clear()
print(f or t, log); log.clear()
print(not t, not f, log); log.clear()
print([x for x in (t, f) if x], log); log.clear()
print(all([t, t, f, t]), log); log.clear()
print(any([f, f, t, f]), log); log.clear()
x = t if f else f
print(x, log); log.clear()
while f:
    pass
print(log); log.clear()
print(list(filter(None, [t, f, t])), log); log.clear()
assert t, "msg"
print(log); log.clear()
try:
    assert f, "assert failed msg"
except AssertionError as e:
    print("AssertionError:", e, log)
log.clear()
print(bool(t) is True, bool(f) is False, log); log.clear()
class Int(int):
    def __bool__(self):
        return False
print(bool(Int(5)), not Int(5), Int(5) or "fb")
class Lst(list):
    def __len__(self):
        return 0
print(bool(Lst([1, 2])), list(Lst([1, 2])))
print(t == t, t is t)
