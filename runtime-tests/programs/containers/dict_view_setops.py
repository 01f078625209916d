# keys and items views behave as sets
a = {1: "a", 2: "b", 3: "c"}
b = {2: "x", 3: "c", 4: "d"}
print(a.keys() & b.keys(), a.keys() | b.keys(), a.keys() - b.keys(), a.keys() ^ b.keys())
print(a.items() & b.items(), sorted(a.items() - b.items()))
print(sorted(a.items() | b.items()))
print(sorted(a.items() ^ b.items()))
print(a.keys() & [1, 3, 5], a.keys() | [0], a.keys() - (1,), a.keys() ^ range(5))
print({2, 9} & a.keys(), [5, 1] | a.keys(), {1, 7} - a.keys(), {9} ^ a.keys())
print(type(a.keys() & b.keys()).__name__, type(a.keys() | set()).__name__)
print(a.keys() <= {1, 2, 3, 4}, a.keys() < {1, 2, 3}, a.keys() >= {1}, a.keys() > {1, 2, 3})
print(a.keys() == b.keys(), a.keys() != b.keys(), a.keys() == {3, 2, 1})
print(a.items() <= a.items(), {(1, "a")} < a.items())
print(a.keys().isdisjoint(b.keys()), a.keys().isdisjoint({7, 8}))
big = dict.fromkeys(range(20))
print(big.keys() & {5, 15, 25}, {5, 15, 25} & big.keys())
print(sorted(big.keys() - range(3, 18)))
try:
    a.values() & b.values()
except TypeError as e:
    print(e)
try:
    a.keys() & 5
except TypeError as e:
    print(e)
