X = type.__new__(type, "X", (), {"a": 1})
print(X.__name__, X.a, type(X).__name__)
class Meta(type):
    pass
Y = type.__new__(Meta, "Y", (X,), {})
print(type(Y).__name__, Y.a, Y.__mro__[1].__name__)
for args in [(), (int,), (int, "Z", (), {}), (type, "Z"), (type, "Z", ()), (type, "Z", (), {}, 1), (5, "Z", (), {}), (type, 1, (), {})]:
    try:
        r = type.__new__(*args)
        print("ok", r)
    except TypeError as e:
        print("TypeError:", e)
try:
    type.__init__(X, "a", "b")
except TypeError as e:
    print("TypeError:", e)
print(type.__init__(X, "X", (), {}), type.__init__(X, 5))
try:
    type.__call__(5)
except TypeError as e:
    print("TypeError:", e)
print(type.__call__(int, "12"), type.__call__(type, 3.5), type.__call__(X).__class__.__name__)
try:
    type("A", (int, str), {})
except TypeError as e:
    print("TypeError:", e)
try:
    type("B", (1,), {})
except TypeError as e:
    print("TypeError:", e)
try:
    type("C", (X, X), {})
except TypeError as e:
    print("TypeError:", e)
print(type("D", (object,), {}).__bases__, type("E", (), {"__doc__": "doc"}).__doc__, type("F", (), {}).__doc__)
print(type("G", (), {1: 2}).__dict__[1] if False else "non-str key ok" if type("G", (), {1: 2}) else "")
