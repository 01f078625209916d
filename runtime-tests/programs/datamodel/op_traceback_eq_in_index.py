class Key:
    def __init__(self, k):
        self.k = k
    def __eq__(self, other):
        return self.k == other.k
    __hash__ = None
keys = [Key(1), Key(2)]
print(keys.index(Key(2)))
print(keys.count(Key(1)), Key(2) in keys)
try:
    keys.remove(Key(5))
except ValueError as e:
    print("ValueError:", e)
try:
    hash(Key(1))
except TypeError as e:
    print("TypeError:", e)
other = [Key(1)]
print(keys[:1] == other, keys == other)
print(keys.index(3))
