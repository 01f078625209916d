class NoGet:
    pass
try:
    NoGet()[0]
except TypeError as e:
    print("TypeError:", e)
try:
    NoGet()[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    del NoGet()[0]
except TypeError as e:
    print("TypeError:", e)
class OnlyGet:
    def __getitem__(self, k):
        return k
try:
    OnlyGet()[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    del OnlyGet()[0]
except TypeError as e:
    print("TypeError:", e)
class OnlySet:
    def __setitem__(self, k, v):
        print("set", k, v)
o = OnlySet()
o[1] = 2
try:
    del o[1]
except AttributeError as e:
    print("AttributeError:", e)
try:
    o[1]
except TypeError as e:
    print("TypeError:", e)
class OnlyDel:
    def __delitem__(self, k):
        print("del", k)
d = OnlyDel()
del d[5]
try:
    d[5] = 1
except (TypeError, AttributeError) as e:
    print("TypeError:", e)
try:
    five = 5
    five[0]
except TypeError as e:
    print("TypeError:", e)
try:
    none = None
    none[0]
except TypeError as e:
    print("TypeError:", e)
try:
    (1, 2)[0] = 3
except TypeError as e:
    print("TypeError:", e)
try:
    del "abc"[0]
except TypeError as e:
    print("TypeError:", e)
try:
    lst = [1, 2]
    lst["x"]
except TypeError as e:
    print("TypeError:", e)
try:
    tup = (1, 2)
    tup[1.0]
except TypeError as e:
    print("TypeError:", e)
try:
    st = "abc"
    st[None]
except TypeError as e:
    print("TypeError:", e)
try:
    [1][5]
except IndexError as e:
    print("IndexError:", e)
try:
    len
    print(len[0])
except TypeError as e:
    print("TypeError:", e)
