# NameError.name, AttributeError.name/obj, UnboundLocalError.

try:
    undefined_variable_here
except NameError as e:
    print(type(e).__name__, str(e), e.name)


def f():
    print(x)
    x = 1


try:
    f()
except UnboundLocalError as e:
    print(type(e).__name__, str(e), isinstance(e, NameError))

e = NameError("custom", name="n")
print(repr(e), e.name)
try:
    NameError(bad=1)
except TypeError as t:
    print(t)


class Point:
    pass


p = Point()
try:
    p.z
except AttributeError as e:
    print(str(e), e.name, e.obj is p)

e = AttributeError("m", name="a", obj=5)
print(repr(e), e.name, e.obj)
print(AttributeError().name, AttributeError().obj)
