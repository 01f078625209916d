class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *rest, scale=1, **kw):
        return (self.n + x + sum(rest)) * scale, sorted(kw)
a = Adder(10)
print(a(1), a(1, 2, 3), a(1, scale=2), a(0, z=1, y=2))
print(callable(a), callable(Adder), callable(5), callable(len), callable(Adder.__call__))
print(list(map(Adder(1), [1, 2])))
class NotCallable:
    pass
try:
    NotCallable()()
except TypeError as e:
    print("TypeError:", e)
try:
    five = 5
    five()
except TypeError as e:
    print("TypeError:", e)
try:
    st = "s"
    st(1)
except TypeError as e:
    print("TypeError:", e)
try:
    a()
except TypeError as e:
    print("TypeError:", e)
try:
    a(1, bogus=2, scale=3, scale2=4)
    print("ok kw")
except TypeError as e:
    print("TypeError:", e)
class CallNone:
    __call__ = None
try:
    CallNone()()
except TypeError as e:
    print("TypeError:", e)
print(callable(CallNone()))
class Chain:
    def __call__(self):
        return self
c = Chain()
print(c()()() is c)
class Static:
    @staticmethod
    def __call__(x):
        return ("static", x)
print(Static()(5))
class CM:
    @classmethod
    def __call__(cls, x):
        return (cls.__name__, x)
print(CM()(6))
class Inst:
    pass
i = Inst()
i.__call__ = lambda: "instance attr"
try:
    i()
except TypeError as e:
    print("TypeError:", e)
class Meta(type):
    def __call__(cls, *args):
        return ("meta-call", cls.__name__, args)
class WithMeta(metaclass=Meta):
    pass
print(WithMeta(1, 2))
def deco(f):
    class Wrapped:
        def __call__(self, *a):
            return "wrapped " + str(f(*a))
    return Wrapped()
@deco
def g(x):
    return x * 2
print(g(21))
