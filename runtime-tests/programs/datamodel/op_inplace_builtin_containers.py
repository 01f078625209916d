class Iterable:
    def __iter__(self):
        return iter([7, 8])
lst = [1]
alias = lst
lst += Iterable()
print(lst, alias is lst)
lst *= 2
print(lst, alias)
try:
    lst += 5
except TypeError as e:
    print("TypeError:", e)
try:
    lst *= "x"
except TypeError as e:
    print("TypeError:", e)
s = {1}
s |= {2}
s &= {1, 2, 3}
s -= {9}
s ^= {4}
print(sorted(s))
try:
    s |= [5]
except TypeError as e:
    print("TypeError:", e)
try:
    s |= Iterable()
except TypeError as e:
    print("TypeError:", e)
d = {"a": 1}
d |= [("b", 2)]
d |= {"c": 3}
print(d)
try:
    d |= [1]
except (TypeError, ValueError) as e:
    print(type(e).__name__ + ":", e)
t = (1,)
t2 = t
t += (2,)
print(t, t2, t is t2)
st = "a"
st += "b"
st *= 2
print(st)
b = bytearray(b"x")
b2 = b
b += b"yz"
b *= 2
print(b, b is b2)
try:
    b += "s"
except TypeError as e:
    print("TypeError:", e)
class LSub(list):
    def extend(self, other):
        print("overridden extend not used by +=")
        super().extend(other)
ls = LSub([1])
ls += [2]
print(ls, type(ls).__name__)
class LAdd(list):
    def __iadd__(self, o):
        return "custom iadd"
la = LAdd()
la += [1]
print(la)
fs = frozenset({1})
fs2 = fs
fs |= {2}
print(sorted(fs), fs is fs2, sorted(fs2))
