class E:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        print(f"eq({self.v}, {getattr(o, 'v', o)})")
        return self.v == getattr(o, "v", o)
    __hash__ = None
print(E(1) != E(1))
print(E(1) != E(2))
print(E(1) != 1)
print(1 != E(1))
class NeOnly:
    def __ne__(self, o):
        return "ne"
print(NeOnly() == NeOnly(), NeOnly() != 1)
class BothSub(E):
    def __ne__(self, o):
        return "sub-ne"
print(E(1) != BothSub(1))
print(BothSub(1) != E(1))
class EqNI:
    def __eq__(self, o):
        return NotImplemented
e = EqNI()
print(e != e, e != EqNI(), e != 1)
class EqWeird:
    def __eq__(self, o):
        return [1]
print(EqWeird() != 0, not EqWeird() == 0)
class EqRaises:
    def __eq__(self, o):
        raise ValueError("eq raised")
try:
    EqRaises() != 1
except ValueError as e:
    print("ValueError:", e)
print(object.__ne__(E(1), E(1)), E.__ne__(E(1), E(2)), E.__ne__(E(1), 5))
