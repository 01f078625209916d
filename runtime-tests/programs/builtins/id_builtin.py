# id: identity is stable and distinguishes live objects (ids themselves are never printed).
a = [1, 2]
b = a
c = [1, 2]
print(id(a) == id(b), id(a) == id(c), type(id(a)).__name__)
x = 5
print(id(x) == id(5), id(None) == id(None), id(len) == id(len))
f = 2.5
print(id(f) == id(f))
objs = [object() for _ in range(5)]
print(len(set(id(o) for o in objs)))
print(id(a) > 0)
try:
    id()
except TypeError as e:
    print("TypeError:", e)
try:
    id(1, 2)
except TypeError as e:
    print("TypeError:", e)
