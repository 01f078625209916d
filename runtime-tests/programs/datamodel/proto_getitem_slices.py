class Seq:
    def __init__(self, data):
        self.data = list(data)
    def __len__(self):
        return len(self.data)
    def __getitem__(self, key):
        print("get", repr(key))
        if isinstance(key, slice):
            return Seq(self.data[key])
        return self.data[key]
    def __setitem__(self, key, value):
        print("set", repr(key), value)
        self.data[key] = value
    def __delitem__(self, key):
        print("del", repr(key))
        del self.data[key]
    def __repr__(self):
        return f"Seq({self.data})"
s = Seq(range(10))
print(s[2], s[-1])
print(s[1:4])
print(s[::2])
print(s[:])
print(s[::-3])
print(s[1:8:2])
print(s[None:3])
s[0] = 100
s[1:3] = [7, 7, 7]
print(s)
del s[0]
del s[::2]
print(s)
print(s[1, 2] if False else "tuple key skipped")
class Rec:
    def __getitem__(self, k):
        return k
r = Rec()
print(r[1, 2], r[1:2, 3], r[...], r[:, ::2])
print(r["a":"b":"c"])
sl = r[1:2]
print(sl.start, sl.stop, sl.step, type(sl).__name__)
print(slice(1, 10, 2).indices(5), slice(None, None, -1).indices(4))
print(slice(3) == slice(None, 3, None), slice(1, 2) == slice(1, 2))
try:
    hash(slice(1, 2))
except TypeError as e:
    print("TypeError:", e)
try:
    slice(1, 2, 0).indices(3)
except ValueError as e:
    print("ValueError:", e)
