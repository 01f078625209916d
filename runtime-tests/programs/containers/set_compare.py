# subset/superset comparisons and equality
a, b, c = {1, 2}, {1, 2, 3}, {4}
print(a < b, a <= b, b > a, b >= a, a > b, a < a, a <= a)
print(a < c, a > c, a == c, a != c, a.isdisjoint(c))
print(set() < a, set() <= set(), frozenset() == set(), set() == frozenset())
print({1, 2} == {2, 1}, {1} == {1.0}, {0} == {False}, {(1, 2)} == {(1, 2)})
print(sorted([{3}, {1, 2}, {1}], key=len))
print(max({3, 9, 1}), min({3, 9, 1}), sum({1, 2, 3}))
print(a.issubset(b), b.issuperset(a), a.issubset(a), c.issubset(b))
print({1, 2} <= frozenset([1, 2, 3]), frozenset([1]) >= {1})
print(a == [1, 2], a != [1, 2])
