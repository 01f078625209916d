class A:
    pass
class NewOnly:
    def __new__(cls, *a, **k):
        return object.__new__(cls, *a, **k)
class InitOnly:
    def __init__(self, *a, **k):
        object.__init__(self, *a, **k)
class NewSuperInit:
    def __init__(self, *a):
        super().__init__(*a)
class NewInitBoth:
    def __new__(cls, *a):
        return super().__new__(cls, *a)
    def __init__(self, *a):
        super().__init__(*a)
for cls in [A, NewOnly, InitOnly, NewSuperInit, NewInitBoth]:
    for args, kw in [((), {}), ((1,), {}), ((), {"k": 1})]:
        try:
            cls(*args, **kw)
            print(cls.__name__, args, kw, "ok")
        except TypeError as e:
            print(cls.__name__, args, kw, "TypeError:", e)
for cls in [A, NewOnly, InitOnly]:
    try:
        object.__new__(cls, 1)
        print("new ok", cls.__name__)
    except TypeError as e:
        print("TypeError:", e)
    try:
        object.__init__(object.__new__(cls), 1)
        print("init ok", cls.__name__)
    except TypeError as e:
        print("TypeError:", e)
try:
    object.__new__(A, **{"x": 1})
except TypeError as e:
    print("TypeError:", e)
print(type(object.__new__(A)).__name__)
try:
    object.__new__(object, 1)
except TypeError as e:
    print("TypeError:", e)
try:
    object.__init__(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    A.__init__()
except TypeError as e:
    print("TypeError:", e)
try:
    A.__new__()
except TypeError as e:
    print("TypeError:", e)
try:
    A.__new__(5)
except TypeError as e:
    print("TypeError:", e)
try:
    object.__new__(list)
    print("list via object.__new__")
except TypeError as e:
    print("TypeError:", e)
class E(Exception):
    pass
try:
    object.__new__(E)
except TypeError as e:
    print("TypeError:", e)
try:
    int.__new__(A)
except TypeError as e:
    print("TypeError:", e)
try:
    A.__new__(int)
except TypeError as e:
    print("TypeError:", e)
