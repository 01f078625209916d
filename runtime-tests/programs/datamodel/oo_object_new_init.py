class Empty:
    pass
Empty()
for args, kw in [((1,), {}), ((), {"a": 1}), ((1, 2), {})]:
    try:
        Empty(*args, **kw)
    except TypeError as e:
        print("TypeError:", e)
class OnlyInit:
    def __init__(self, a):
        self.a = a
print(OnlyInit(1).a)
try:
    OnlyInit()
except TypeError as e:
    print("TypeError:", e)
try:
    OnlyInit(1, 2)
except TypeError as e:
    print("TypeError:", e)
class OnlyNew:
    def __new__(cls, *args):
        print("new", args)
        return super().__new__(cls)
OnlyNew(1, 2)
class NewPassesArgs:
    def __new__(cls, *args):
        return object.__new__(cls, *args)
try:
    NewPassesArgs(1)
except TypeError as e:
    print("TypeError:", e)
class InitPassesArgs:
    def __init__(self, *args):
        object.__init__(self, *args)
InitPassesArgs()
try:
    InitPassesArgs(1)
except TypeError as e:
    print("TypeError:", e)
class Both:
    def __new__(cls, *a):
        return object.__new__(cls)
    def __init__(self, *a):
        object.__init__(self)
print(type(Both(1, 2)).__name__)
try:
    object.__new__(5)
except TypeError as e:
    print("TypeError:", e)
try:
    object.__new__(int)
except TypeError as e:
    print("TypeError:", e)
try:
    object.__new__()
except TypeError as e:
    print("TypeError:", e)
try:
    object(1)
except TypeError as e:
    print("TypeError:", e)
try:
    object.__init__(Empty(), 1)
except TypeError as e:
    print("TypeError:", e)
print(type(object()).__name__, object.__init__(Empty()))
class InitNonNone:
    def __init__(self):
        return 5
try:
    InitNonNone()
except TypeError as e:
    print("TypeError:", e)
class NewOther:
    def __new__(cls):
        return 42
    def __init__(self):
        print("init not called")
print(NewOther())
class NewSub:
    def __new__(cls):
        return object.__new__(Sub2)
    def __init__(self):
        print("NewSub init on", type(self).__name__)
class Sub2(NewSub):
    pass
print(type(NewSub()).__name__)
