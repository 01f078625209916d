class Bag:
    def __init__(self, *items):
        self.items = list(items)

    def __len__(self):
        return len(self.items)

    def __contains__(self, x):
        print("contains?", x)
        return x in self.items

    def __getitem__(self, i):
        return self.items[i]


b = Bag(1, 2, 3)
print(len(b), 2 in b, 5 in b, 5 not in b)
print(b[0], b[-1])
print(bool(b), bool(Bag()))


class BadLen:
    def __init__(self, v):
        self.v = v

    def __len__(self):
        return self.v


for v in [-1, "3", 2 ** 70, 3.5]:
    try:
        print(len(BadLen(v)))
    except Exception as e:
        print(type(e).__name__ + ":", e)
print(len(BadLen(True)))


class Truthy:
    def __contains__(self, x):
        return 1


print(3 in Truthy(), 3 not in Truthy())
try:
    3 in object()
except TypeError as e:
    print("TypeError:", e)
