# hash: numbers hash consistently across types; unhashable types raise.
print(hash(0), hash(1), hash(-1), hash(-2), hash(2**61 - 1), hash(2**61))
print(hash(1.0) == hash(1), hash(2.5), hash(-0.5), hash(True), hash(False))
print(hash(float("inf")), hash(float("-inf")))
print(hash("abc") == hash("ab" + "c"), hash((1, 2)) == hash((1, 2)), hash(None) == hash(None))

class H:
    def __hash__(self):
        return 12345

class Big:
    def __hash__(self):
        return 2**70

print(hash(H()), hash(Big()) == hash(2**70))

class Eq:
    def __eq__(self, other):
        return True

for bad in [[1], {}, {1}, Eq()]:
    try:
        hash(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    hash()
except TypeError as e:
    print("TypeError:", e)
