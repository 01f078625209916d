# del on names, items, slices and attributes.
a = 1
del a
print("a" in globals())
lst = list(range(10))
del lst[0]
print(lst)
del lst[-1]
print(lst)
del lst[1:3]
print(lst)
del lst[::2]
print(lst)
del lst[:]
print(lst)
d = {"x": 1, "y": 2, "z": 3}
del d["y"]
print(d)
try:
    del d["missing"]
except KeyError as exc:
    print("KeyError:", exc)
try:
    del lst[5]
except IndexError as exc:
    print("IndexError:", exc)
class Obj:
    cls_attr = 1
o = Obj()
o.x = 1
o.y = 2
del o.x
print(vars(o))
try:
    del o.x
except AttributeError as exc:
    print("AttributeError:", exc)
del Obj.cls_attr
print(hasattr(Obj, "cls_attr"))
p, q, r = 1, 2, 3
del p, q
print("p" in globals(), r)
m = [[1, 2], [3, 4]]
del m[0][1], m[1]
print(m)
def local_del():
    v = 5
    del v
    try:
        return v
    except UnboundLocalError as exc:
        return str(exc)
print(local_del())
t = (1, 2)
try:
    del t[0]
except TypeError as exc:
    print("TypeError:", exc)
s = "abc"
try:
    del s[0]
except TypeError as exc:
    print("TypeError:", exc)
x = y = [1]
del x
print(y)
(a, b) = 1, 2
del (a, b)
print("a" in globals())
