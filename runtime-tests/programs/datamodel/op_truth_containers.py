class L:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        print("len", self.n)
        return self.n
items = [L(0), L(2)]
print([bool(x) for x in items])
print(any(items), all(items))
print(type(L(0) or L(1)).__name__)
print(type(L(3) and L(0)).__name__)
while L(0):
    break
else:
    print("while else")
print("yes" if L(1) else "no", "yes" if L(0) else "no")
class D(dict):
    pass
print(bool(D()), bool(D(a=1)), not D())
class Seq(list):
    def __bool__(self):
        return True
print(bool(Seq()), len(Seq()))
class BoolOverLen:
    def __bool__(self):
        return False
    def __len__(self):
        raise RuntimeError("len should not be called")
print(bool(BoolOverLen()))
class LenBool:
    def __len__(self):
        return True
print(bool(LenBool()), len(LenBool()))
class LenRaise:
    def __len__(self):
        raise KeyError("len raised")
try:
    if LenRaise():
        pass
except KeyError as e:
    print("KeyError:", e)
print(bool([]), bool([0]), bool(""), bool(" "), bool(()), bool({}), bool(set()), bool(range(0)), bool(0j), bool(0.0))
