class L:
    def __init__(self, r):
        self.r = r
    def __len__(self):
        return self.r
print(len(L(3)), len(L(True)))
class IntSub(int):
    pass
print(len(L(IntSub(4))), type(len(L(IntSub(4)))))
class Idx:
    def __index__(self):
        return 6
print(len(L(Idx())))
for bad in [-1, -(2 ** 70), 2 ** 63, 2 ** 100, "3", 3.0, None, [1]]:
    try:
        print(len(L(bad)))
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__ + ":", e)
class NoLen:
    pass
try:
    len(NoLen())
except TypeError as e:
    print("TypeError:", e)
try:
    len(5)
except TypeError as e:
    print("TypeError:", e)
try:
    len(iter([]))
except TypeError as e:
    print("TypeError:", e)
class LenNone:
    __len__ = None
try:
    len(LenNone())
except TypeError as e:
    print("TypeError:", e)
print(len(L(2 ** 63 - 1)))
try:
    len()
except TypeError as e:
    print("TypeError:", e)
try:
    len([], [])
except TypeError as e:
    print("TypeError:", e)
