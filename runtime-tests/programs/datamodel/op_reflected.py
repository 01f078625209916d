class R:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return self.name
    def __radd__(self, o):
        return f"radd({o!r}, {self!r})"
    def __rsub__(self, o):
        return f"rsub({o!r}, {self!r})"
    def __rmul__(self, o):
        return f"rmul({o!r}, {self!r})"
    def __rtruediv__(self, o):
        return f"rtruediv({o!r}, {self!r})"
    def __rfloordiv__(self, o):
        return f"rfloordiv({o!r}, {self!r})"
    def __rmod__(self, o):
        return f"rmod({o!r}, {self!r})"
    def __rpow__(self, o):
        return f"rpow({o!r}, {self!r})"
    def __rlshift__(self, o):
        return f"rlshift({o!r}, {self!r})"
    def __rrshift__(self, o):
        return f"rrshift({o!r}, {self!r})"
    def __rand__(self, o):
        return f"rand({o!r}, {self!r})"
    def __ror__(self, o):
        return f"ror({o!r}, {self!r})"
    def __rxor__(self, o):
        return f"rxor({o!r}, {self!r})"
    def __rmatmul__(self, o):
        return f"rmatmul({o!r}, {self!r})"
    def __rdivmod__(self, o):
        return f"rdivmod({o!r}, {self!r})"

r = R("r")
print(1 + r)
print(2.5 - r)
print("s" * r)
print([1] * r)
print(3 / r, 3 // r, 3 % r, 3 ** r)
print(1 << r, 1 >> r, 1 & r, 1 | r, 1 ^ r)
print(1 @ r)
print(divmod(5, r))
print(pow(2, r))
print(None + r)
print((1, 2) + r)
print("%s" % (r,))
class Plain:
    pass
try:
    r + r
except TypeError as e:
    print("TypeError:", e)
try:
    Plain() + r
except TypeError:
    print("unexpected")
else:
    print("Plain()+r used radd")
try:
    r - Plain()
except TypeError as e:
    print("TypeError:", e)
