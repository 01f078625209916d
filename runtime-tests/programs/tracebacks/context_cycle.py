# A context chain that loops back (a -> b -> a) is printed once per exception.

a = ValueError("a")
b = TypeError("b")
a.__context__ = b
b.__context__ = a
raise a
