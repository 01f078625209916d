class Base:
    def __init__(self, a):
        print("Base.__init__", a)
        self.a = a

    def describe(self):
        return f"Base(a={self.a})"


class Mid(Base):
    def __init__(self, a, b):
        print("Mid.__init__", a, b)
        super().__init__(a)
        self.b = b

    def describe(self):
        return "Mid/" + super().describe()


class Top(Mid):
    def __init__(self):
        print("Top.__init__")
        super().__init__(1, 2)

    def describe(self):
        return "Top/" + super().describe()


t = Top()
print(t.a, t.b)
print(t.describe())
print(super(Mid, t).describe())
print(super(Top, t).describe())


class Plain:
    def __init__(self):
        super().__init__()
        print("plain ok")


Plain()


class BadInit:
    def __init__(self, x):
        super().__init__(x)


try:
    BadInit(1)
except TypeError as e:
    print("TypeError:", e)
