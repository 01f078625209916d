class R:
    def __init__(self, v):
        self.v = v
        if v:
            return v
print(R(0).v)
for v in [1, "s", [], False]:
    try:
        R(v)
    except TypeError as e:
        print("TypeError:", e)
class G:
    def __init__(self):
        yield 1
try:
    G()
except TypeError as e:
    print("TypeError:", e)
class Sub(R):
    def __init__(self):
        super().__init__(0)
        return None
print(Sub().v)
class NoneRet:
    def __init__(self):
        return
print(type(NoneRet()).__name__)
class Meta(type):
    def __init__(cls, *args):
        return 1
try:
    class X(metaclass=Meta):
        pass
except TypeError as e:
    print("TypeError:", e)
class Init:
    def __init__(self, *args, **kw):
        self.args = args
        self.kw = kw
i = Init(1, 2, x=3)
print(i.args, i.kw)
i.__init__(9)
print(i.args, i.kw)
print(Init.__init__(i, 5) is None, i.args)
class InitAfter:
    pass
def late_init(self, v):
    self.v = v
InitAfter.__init__ = late_init
print(InitAfter(7).v)
try:
    InitAfter()
except TypeError as e:
    print("TypeError:", e)
del InitAfter.__init__
try:
    InitAfter(1)
except TypeError as e:
    print("TypeError:", e)
print(type(InitAfter()).__name__)
