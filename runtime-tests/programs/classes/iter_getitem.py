class Squares:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError(i)
        return i * i


print(list(Squares()))
print(9 in Squares(), 10 in Squares())
for v in Squares():
    print(v, end=" ")
print()


class Mapping:
    def __init__(self):
        self.d = {}

    def __getitem__(self, k):
        return self.d[k]

    def __setitem__(self, k, v):
        print("set", k, v)
        self.d[k] = v

    def __delitem__(self, k):
        print("del", k)
        del self.d[k]


m = Mapping()
m["a"] = 1
m["b"] = 2
print(m["a"], m["b"])
del m["a"]
try:
    m["a"]
except KeyError as e:
    print("KeyError:", e)


class ReadOnly:
    def __getitem__(self, k):
        return k


ro = ReadOnly()
print(ro[1], ro["x"], ro[1:3])
try:
    ro[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    del ro[0]
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
try:
    object()[0]
except TypeError as e:
    print("TypeError:", e)
