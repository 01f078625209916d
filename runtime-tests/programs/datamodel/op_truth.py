class T:
    def __bool__(self):
        print("T.bool")
        return False
    def __len__(self):
        print("T.len")
        return 5
print(bool(T()))
print(not T())
if T():
    print("yes")
else:
    print("no")
class L:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
print(bool(L(0)), bool(L(3)), not L(0))
print([x for x in [L(0), L(1), L(2)] if x].__len__())
class Nothing:
    pass
print(bool(Nothing()))
print(L(0) or "fallback", L(2) and "second")
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)
try:
    if BadBool():
        pass
except TypeError as e:
    print("TypeError:", e)
class BadBool2:
    def __bool__(self):
        return None
try:
    not BadBool2()
except TypeError as e:
    print("TypeError:", e)
class BadLen:
    def __len__(self):
        return -1
try:
    bool(BadLen())
except ValueError as e:
    print("ValueError:", e)
class BigLen:
    def __len__(self):
        return 2 ** 70
try:
    bool(BigLen())
except OverflowError as e:
    print("OverflowError:", e)
class StrLen:
    def __len__(self):
        return "3"
try:
    bool(StrLen())
except TypeError as e:
    print("TypeError:", e)
class NoneBool:
    __bool__ = None
    def __len__(self):
        return 1
try:
    bool(NoneBool())
except TypeError as e:
    print("TypeError:", e)
