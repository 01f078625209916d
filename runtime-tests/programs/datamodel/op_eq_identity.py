class A:
    pass
a, b = A(), A()
print(a == a, a == b, a != b, a != a, [a] == [a], [a] != [b], (a,) == (a,))
print(a in [b, a], a in (b,), [a, b].index(b), [a, b, a].count(a))
d = {a: 1}
print(a in d, b in d, d.get(b, "missing"))
class NoEq:
    def __eq__(self, o):
        return NotImplemented
x = NoEq()
print(x == x, x == NoEq(), x != x, x in [x], x in [NoEq()])
class NeqFalse:
    def __eq__(self, o):
        return False
n = NeqFalse()
print(n == n, n in [n], [n] == [n], (n,) == (n,), n != n)
nan = float("nan")
print(nan in [nan], [nan] == [nan], (nan,) == (nan,), {nan: 1}[nan] if nan in {nan: 1} else "no")
print(None == None, None != None, None == 0, NotImplemented == NotImplemented, ... == ...)
print(object() == object(), type == type, int == int, int != float)
class EqList(list):
    def __eq__(self, o):
        return True
print(EqList([1]) == [2], [2] == EqList([1]), EqList() != [5])
class R:
    def __init__(self):
        self.calls = 0
    def __eq__(self, o):
        self.calls += 1
        return self is o
r = R()
lst = [1, 2, r]
print(r in lst, r.calls)
print(lst.index(r), r.calls)
print(lst.count(r), r.calls)
lst.remove(r)
print(r.calls, len(lst))
