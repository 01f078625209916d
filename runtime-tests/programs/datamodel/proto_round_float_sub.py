import math
class F(float):
    pass
print(round(F(2.5)), round(F(2.567), 2), type(round(F(2.5), 1)).__name__, math.floor(F(2.5)), math.ceil(F(-2.5)))
class FR(float):
    def __round__(self, n=None):
        return "FR.round"
    def __floor__(self):
        return "FR.floor"
    def __ceil__(self):
        return "FR.ceil"
    def __trunc__(self):
        return "FR.trunc"
print(round(FR(1.5)), math.floor(FR(1.5)), math.ceil(FR(1.5)), math.trunc(FR(1.5)), int(FR(1.5)))
class IR(int):
    def __index__(self):
        return 100
    def __int__(self):
        return 200
print(int(IR(5)), [0] * 2 if False else "", hex(IR(5)), range(IR(3)), math.floor(IR(7)))
print(round(7, -1), round(15, -1), round(25, -1), round(-15, -1), round(123.456, -1), round(1e300, 2))
try:
    round(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    round(float("nan"))
except ValueError as e:
    print("ValueError:", e)
print(round(float("inf"), 2), round(2.5, None), round(True), type(round(True)).__name__)
try:
    math.floor("x")
except TypeError as e:
    print("TypeError:", e)
print(math.floor(-0.5), math.ceil(-0.5), math.trunc(-0.5), int(-0.5))
