for d in [str.join, list.append, dict.get, int.bit_length, object.__init__, object.__repr__, type.__call__, str.__add__, dict.fromkeys, float.hex, bytes.decode, set.add]:
    print(d.__name__, d.__qualname__, d.__objclass__.__name__ if hasattr(d, "__objclass__") else "-")
print(str.join("-", "abc"), list.append.__get__([1])(2) is None, type(str.join.__get__("x")).__name__)
try:
    str.join(1, [])
except TypeError as e:
    print("TypeError:", e)
try:
    list.append()
except TypeError as e:
    print("TypeError:", e)
try:
    str.join.__get__(5)
except TypeError as e:
    print("TypeError:", e)
print(repr(str.join), repr(dict.__dict__["fromkeys"]), repr(object.__init__))
b = "ab".upper
print(b.__name__, b.__qualname__, b.__self__, b())
class C:
    def meth(self):
        return "m"
print(C.meth.__name__, C.meth.__qualname__, C().meth.__name__, C().meth.__func__ is C.meth)
