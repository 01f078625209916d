class Fraction:
    def __init__(self, n, d):
        self.n, self.d = n, d
    def __truediv__(self, other):
        return Fraction(self.n * other.d, self.d * other.n)
    def __float__(self):
        return self.n / self.d
    def __repr__(self):
        return f"{self.n}/{self.d}"
a = Fraction(1, 2)
b = Fraction(3, 4)
print(a / b, float(a / b))
z = Fraction(0, 1)
print(Fraction(1, 3) / Fraction(2, 3), float(Fraction(3, 4)))
try:
    Fraction(1, 2) / 2
except AttributeError as e:
    print("AttributeError:", e)
def ratio(a, b):
    return a / b
print(ratio(Fraction(5, 6), Fraction(1, 6)))
print(a / z)
print(float(a / z))
