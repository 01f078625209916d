class K:
    def method(self, a, b=2, *, c):
        return a, b, c
    def __call__(self, x, /, y):
        return x, y
k = K()
print(k.method(1, c=3), k(1, 2), k(1, y=5))
for call in [lambda: k.method(), lambda: k.method(1), lambda: k.method(1, 2, 3), lambda: k.method(1, c=1, d=2),
             lambda: k(x=1, y=2), lambda: k(1), lambda: k(1, 2, 3), lambda: K.method(1, c=2), lambda: K.__call__(k)]:
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)
class Init:
    def __init__(self, a, b):
        pass
for args in [(), (1,), (1, 2, 3)]:
    try:
        Init(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    Init(1, b=2, c=3)
except TypeError as e:
    print("TypeError:", e)
try:
    Init(1, 2, a=1)
except TypeError as e:
    print("TypeError:", e)
class NewArgs:
    def __new__(cls, x):
        return super().__new__(cls)
try:
    NewArgs()
except TypeError as e:
    print("TypeError:", e)
try:
    NewArgs(1, 2)
except TypeError as e:
    print("TypeError:", e)
class SM:
    @staticmethod
    def s(a):
        return a
    @classmethod
    def c(cls, a):
        return cls.__name__, a
print(SM.s(1), SM().s(2), SM.c(3), SM().c(4))
try:
    SM.s()
except TypeError as e:
    print("TypeError:", e)
try:
    SM.c(1, 2)
except TypeError as e:
    print("TypeError:", e)
