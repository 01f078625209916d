class A:
    def f(self):
        return "A.f"

    @classmethod
    def make(cls):
        return "A.make for " + cls.__name__

    @staticmethod
    def st():
        return "A.st"


class B(A):
    def f(self):
        return "B.f"

    @classmethod
    def make(cls):
        return "B.make/" + super().make()

    def via_super(self):
        return super().f(), super(B, self).f(), super().st()


b = B()
print(b.f(), b.via_super())
print(B.make())
print(super(B, b).f())
print(super(B, B).make())
print(repr(super(B, b)))
print(repr(super(B, B)))
print(repr(super(B)))
s = super(B, b)
print(s.__thisclass__ is B, s.__self__ is b, s.__self_class__ is B)
try:
    super(B, 1)
except TypeError as e:
    print("TypeError:", e)
try:
    super(1, b)
except TypeError as e:
    print("TypeError:", e)
try:
    super(B, b).nothing
except AttributeError as e:
    print("AttributeError:", e)
