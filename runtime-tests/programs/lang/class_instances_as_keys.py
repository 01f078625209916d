# Instances as dict keys and set members, with and without __eq__/__hash__.
class Ident:
    def __init__(self, name):
        self.name = name
a, b = Ident("a"), Ident("a")
d = {a: 1, b: 2}
print(len(d), d[a], d[b])
class Key:
    def __init__(self, k):
        self.k = k
    def __eq__(self, other):
        return isinstance(other, Key) and self.k == other.k
    def __hash__(self):
        return hash(self.k)
    def __repr__(self):
        return f"Key({self.k!r})"
d = {Key(1): "one", Key(2): "two"}
print(d[Key(1)], Key(2) in d, Key(3) in d, d)
d[Key(1)] = "uno"
print(d)
s = {Key(1), Key(1), Key(2)}
print(len(s))
class Loud:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        print("hash", self.v)
        return 7
    def __eq__(self, other):
        print("eq", self.v, other.v)
        return self.v == other.v
d = {}
d[Loud(1)] = "a"
d[Loud(2)] = "b"
print(len(d))
print(d[Loud(2)])
counts = {}
for word in "to be or not to be".split():
    counts[word] = counts.get(word, 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
