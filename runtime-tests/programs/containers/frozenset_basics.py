# frozenset: immutable, hashable, usable as keys and elements
f = frozenset([3, 1, 2])
print(f, len(f), 2 in f, repr(frozenset()), frozenset(f) is f)
print(f | {4}, f & {1, 9}, f - {1}, f ^ {1, 9})
print(f.union([7]), f.intersection([1, 2]), f.difference([3]), f.symmetric_difference([3, 4]))
print(f.issubset({1, 2, 3, 4}), f.issuperset([1]), f.isdisjoint([5]), f.copy() is f)
d = {f: "frozen", frozenset(): "empty"}
print(d[frozenset([1, 2, 3])], d[frozenset()])
s = {frozenset([1]), frozenset([1]), frozenset([2, 1])}
print(len(s), frozenset([1]) in s)
print(hash(frozenset()), hash(frozenset([1])), hash(frozenset([1, 2, 3])))
print(hash(frozenset(range(10))), hash(frozenset([-1, -2])), hash(frozenset([(1, 2)])))
print(hash(f) == hash(frozenset([1, 2, 3])), hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
print({1, 2} == frozenset([1, 2]), frozenset([1]) < {1, 2}, frozenset([frozenset([1])]))
print(sorted(frozenset({5, -5, 0})), list(frozenset(range(5))))
class FS(frozenset):
    pass
x = FS([1, 2])
print(x, type(x).__name__, type(x | {3}).__name__, hash(x) == hash(frozenset([1, 2])))
class S(set):
    pass
y = S([2, 3])
print(y, S(), type(y.copy()).__name__, type(y & {2}).__name__)
