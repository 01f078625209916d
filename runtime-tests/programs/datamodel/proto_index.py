class I:
    def __init__(self, n):
        self.n = n
    def __index__(self):
        return self.n
lst = list(range(10))
print(lst[I(3)], lst[I(-1)], lst[I(2):I(5)], lst[::I(3)])
print("abcdef"[I(1)], (1, 2, 3)[I(2)], b"xyz"[I(0)])
print(list(range(I(4))), list(range(I(1), I(7), I(2))), range(10)[I(5)])
print(bin(I(5)), hex(I(255)), oct(I(8)))
print(int.__index__(7), I(9).__index__())
import operator
print(operator.index(I(11)))
lst[I(0)] = "zero"
del lst[I(1)]
print(lst[:3])
print([1, 2, 3].pop(I(0)), "abc".center(I(7), "*"))
print(int(I(5)) if hasattr(I, "__int__") else "no __int__", int.from_bytes(b"\x01", "big"))
try:
    print(int(I(5)))
except TypeError as e:
    print("TypeError:", e)
class BadIdx:
    def __index__(self):
        return "x"
for f in [lambda: lst[BadIdx()], lambda: range(BadIdx()), lambda: bin(BadIdx()), lambda: operator.index(BadIdx())]:
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)
class NoIdx:
    pass
for f in [lambda: lst[NoIdx()], lambda: range(NoIdx()), lambda: hex(NoIdx()), lambda: "ab" * NoIdx(), lambda: lst[NoIdx():]]:
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)
print(lst[I(100):], lst[I(-100):I(2)])
print(I(3).__index__() + 1, round(2.5), [0, 1][True])
try:
    lst[I(50)]
except IndexError as e:
    print("IndexError:", e)
print(slice(I(1), I(3)).indices(10) if False else lst[slice(I(1), I(3))])
