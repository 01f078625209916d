# Subclasses of int keep int behaviour; operations return plain ints.
class MyInt(int):
    def describe(self):
        return f"MyInt({int(self)})"
m = MyInt(41)
print(m, repr(m), m + 1, type(m + 1).__name__, type(m).__name__, m.describe(), isinstance(m, int))
print(m == 41, hash(m) == hash(41), m * 2, -m, abs(MyInt(-3)), m // 2, m.bit_length(), m.real, type(m.real).__name__)
print(MyInt("ff", 16), MyInt(3.9), MyInt(), int(m), type(int(m)).__name__, [10, 20, 30, 40, 50][MyInt(2)])
class Add(int):
    def __add__(self, other):
        return "custom add"
    def __radd__(self, other):
        return "custom radd"
print(Add(1) + 2, 2 + Add(1), Add(1) - 1)
class Big(int):
    pass
b = Big(10 ** 30)
print(b, b + 1, b % 7, b > 10 ** 29, str(b)[:5])
class Temp(float):
    def __repr__(self):
        return f"Temp({float(self)})"
t = Temp(36.6)
print(t, t + 1, type(t + 1).__name__, round(t), Temp("1.5"), t.is_integer())
