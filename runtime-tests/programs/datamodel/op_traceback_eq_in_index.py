class Key:
    def __init__(self, k):
        self.k = k
    def __eq__(self, other):
        return self.k == other.k
    __hash__ = None
keys = [Key(1), Key(2)]
print(keys.index(Key(2)))
print(keys.index(3))
