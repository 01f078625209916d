class P:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"P({self.v})"
    def __pow__(self, exp, mod=None):
        if mod is None:
            return P(self.v ** exp)
        return P(pow(self.v, exp, mod))
    def __rpow__(self, base, mod=None):
        return ("rpow", base, self.v, mod)
    def __ipow__(self, e):
        self.v = self.v ** e
        return self

print(P(3) ** 4)
print(pow(P(3), 4))
print(pow(P(3), 4, 5))
print(2 ** P(3))
print(pow(2, P(3)))
try:
    print(pow(2, P(3), 5))
except TypeError as e:
    print("TypeError:", e)
p = P(2)
p **= 5
print(p)
class Q:
    def __pow__(self, exp):
        return "two-arg"
print(Q() ** 2)
try:
    pow(Q(), 2, 3)
except TypeError as e:
    print("TypeError:", e)
class NoPow:
    pass
try:
    pow(NoPow(), 2)
except TypeError as e:
    print("TypeError:", e)
try:
    pow(NoPow(), 2, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    pow(2, NoPow(), 3)
except TypeError as e:
    print("TypeError:", e)
try:
    NoPow() ** NoPow()
except TypeError as e:
    print("TypeError:", e)
print(pow(3, 4, 5), pow(2, -1, 7))
try:
    pow(2.0, 3, 4)
except TypeError as e:
    print("TypeError:", e)
