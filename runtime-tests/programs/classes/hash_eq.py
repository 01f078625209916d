class Key:
    def __init__(self, k):
        self.k = k

    def __eq__(self, o):
        return isinstance(o, Key) and self.k == o.k

    def __hash__(self):
        return hash(self.k)

    def __repr__(self):
        return f"Key({self.k})"


d = {Key(1): "one", Key(2): "two"}
print(d[Key(1)], Key(2) in d, Key(3) in d)
s = {Key(1), Key(1), Key(2)}
print(len(s))
print(hash(Key(5)) == hash(5))


class NoHash:
    def __eq__(self, o):
        return True


try:
    hash(NoHash())
except TypeError as e:
    print("TypeError:", e)
try:
    {NoHash(): 1}
except TypeError as e:
    print("TypeError:", e)
print(NoHash.__hash__)


class Plain:
    pass


p = Plain()
print(hash(p) == hash(p), {p: 1}[p])


class BadHash:
    def __hash__(self):
        return "nope"


try:
    hash(BadHash())
except TypeError as e:
    print("TypeError:", e)


class BigHash:
    def __hash__(self):
        return 2 ** 100


print(hash(BigHash()) == hash(2 ** 100))


class MinusOne:
    def __hash__(self):
        return -1


print(hash(MinusOne()))
