# super() forms: zero-arg, explicit two-arg, in classmethods, through several levels.
class Base:
    def greet(self):
        return "Base"
    @classmethod
    def make(cls):
        return f"Base.make for {cls.__name__}"
class Mid(Base):
    def greet(self):
        return "Mid>" + super().greet()
    @classmethod
    def make(cls):
        return "Mid>" + super().make()
class Leaf(Mid):
    def greet(self):
        return "Leaf>" + super(Leaf, self).greet()
    def skip(self):
        return super(Mid, self).greet()
print(Leaf().greet(), Leaf().skip(), Leaf.make())
class WithInit:
    def __init__(self, a, b=0):
        self.a, self.b = a, b
class Child(WithInit):
    def __init__(self, a):
        super().__init__(a, b=a * 2)
        self.c = a * 3
c = Child(1)
print(c.a, c.b, c.c)
class Left:
    def __init__(self):
        print("Left init")
        super().__init__()
class Right:
    def __init__(self):
        print("Right init")
        super().__init__()
class Diamond(Left, Right):
    def __init__(self):
        print("Diamond init")
        super().__init__()
Diamond()
print([k.__name__ for k in Diamond.__mro__])
class Strish(str):
    def upper(self):
        return "[" + super().upper() + "]"
print(Strish("abc").upper(), len(Strish("abc")))
class ListLogger(list):
    def append(self, x):
        print("append", x)
        super().append(x)
ll = ListLogger()
ll.append(1)
ll.append(2)
print(ll, len(ll))
def outside():
    super()
try:
    outside()
except RuntimeError as exc:
    print("RuntimeError:", exc)
