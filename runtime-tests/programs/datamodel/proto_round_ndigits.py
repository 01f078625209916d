class Idx:
    def __index__(self):
        return 1
class R:
    def __round__(self, nd=None):
        return ("R.round", type(nd).__name__)
print(round(R(), Idx()), round(R(), None), round(R(), 3), round(R(), nd=2) if False else "")
print(round(2.675, Idx()), round(1234, Idx()), round(1234, -Idx().__index__()))
try:
    round(1.5, 1.0)
except TypeError as e:
    print("TypeError:", e)
try:
    round(15, "1")
except TypeError as e:
    print("TypeError:", e)
try:
    round(R(), 1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    round()
except TypeError as e:
    print("TypeError:", e)
try:
    round(number=1.5, ndigits=0)
    print(round(number=1.5, ndigits=0))
except TypeError as e:
    print("TypeError:", e)
print((10).to_bytes(Idx().__index__() + 1, "big"), int.from_bytes(b"\x00\x10", "little"), range(10).index(3))
print(format(1234.5678, ",.2f"), round(-0.5), round(0.5000001), round(1e16 + 1, -1))
class I(int):
    pass
print(round(I(15), -1), type(round(I(15), -1)).__name__, type(round(I(15))).__name__)
class F(float):
    pass
print(round(F(1.25), 1), type(round(F(1.25), 1)).__name__, type(round(F(1.5))).__name__)
