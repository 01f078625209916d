class P:
    pass
a, b = P(), P()
print(a == a, a == b, a != a, a != b)
class E:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        print("E.eq called")
        if isinstance(o, E):
            return self.v == o.v
        return NotImplemented
    __hash__ = object.__hash__
print(E(1) == E(1), E(1) != E(1), E(1) != E(2))
print(E(1) == 1, E(1) != 1)
print(1 == E(1))
class NE:
    def __ne__(self, o):
        return "custom-ne"
print(NE() != 1, NE() == 1)
class AlwaysNI:
    def __eq__(self, o):
        return NotImplemented
    def __ne__(self, o):
        return NotImplemented
x = AlwaysNI()
print(x == x, x != x, x == AlwaysNI(), x != AlwaysNI())
class EqStr:
    def __eq__(self, o):
        return "yes"
print(EqStr() == 1, EqStr() != 1)
class EqZero:
    def __eq__(self, o):
        return 0
print(EqZero() != 1, not EqZero())
print([E(1)] == [E(1)])
print(E(2) in [E(1), E(2)])
n = float("nan")
print([n] == [n], n == n, n in [n])
class Sub(E):
    def __eq__(self, o):
        print("Sub.eq called")
        return True
print(E(1) == Sub(5))
print(Sub(5) == E(1))
print(object() == None, None == object())
print(P.__eq__(a, a), P.__eq__(a, b), P.__ne__(a, b))
print(object.__eq__(1, 1), object.__lt__(1, 2))
