class I(int):
    pass
i = I(5)
i.tag = "t"
print(i + 1, i.tag, type(i).__name__, i == 5, isinstance(i, int))
class F(float):
    def half(self):
        return self / 2
f = F(3.0)
f.note = 1
print(f.half(), f.note, f + 1)
class C(complex):
    pass
c = C(1, 2)
c.x = 3
print(c, c.x, c.real)
class B(I):
    pass
print(B(7) * 2, type(B(7)).__name__)
try:
    class Bad(bool):
        pass
except TypeError as e:
    print(e)
n = 0
while n < 20000:
    I(n).a = n
    F(1.5).b = 2
    n += 1
print("ok")
