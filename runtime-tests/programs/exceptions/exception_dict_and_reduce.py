# Exceptions have a __dict__, pickle support through __reduce__, and attributes.

e = ValueError(1, 2)
print(e.__dict__)
e.detail = "more"
print(e.__dict__, e.detail)
print(e.__reduce__())
e2 = ValueError()
print(e2.__reduce__())
print(ImportError("m", name="n").__reduce__())
e.__dict__ = {"a": 1}
print(e.a)
try:
    e.__dict__ = 5
except TypeError as t:
    print("TypeError:", t)
try:
    del e.args
except TypeError as t:
    print("TypeError:", t)
e.__setstate__({"b": 2})
print(e.b)
print(BaseException.__new__(ValueError, 1, 2).args)
try:
    BaseException.__new__(int)
except TypeError as t:
    print("TypeError:", t)
