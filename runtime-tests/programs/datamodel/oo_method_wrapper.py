class C: pass
c = C()
b = c.__repr__
print(type(b).__name__, b.__name__, b.__qualname__, b.__self__ is c, b.__objclass__, b() == repr(c), b == c.__repr__, b != c.__repr__, hash(b) == hash(c.__repr__))
print(type(object().__init__).__name__, object().__init__(), type(c.__eq__).__name__, c.__eq__(c), c.__ne__(1), c.__hash__() == hash(c))
print(type([].__len__).__name__ if False else "", c.__str__() == repr(c), c.__init__.__name__, c.__setattr__("x", 1), c.x, c.__getattribute__("x"))
print(c.__class__.__init__ is object.__init__, c.__delattr__("x"), hasattr(c, "x"))
print(c.__format__("") == repr(c), c.__dir__ is not None)
m = c.__lt__
print(m(1), m.__name__)
