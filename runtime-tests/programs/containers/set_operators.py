# set operators and in-place forms
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a <= b, a < a, a <= a, a >= {1}, a > {1, 2, 3, 4}, {1} < a)
print(a == {4, 3, 2, 1}, a != b, a == frozenset(a), frozenset(a) == a)
c = set(a)
c |= b
print(c)
c &= {1, 5, 6, 99}
print(c)
c -= {5}
print(c)
c ^= {1, 2, 3}
print(c)
f = frozenset([1, 2])
g = f
g |= {3}
print(f, g, type(g).__name__, f is g)
print(type(f | {9}).__name__, type({9} | f).__name__, type(f & {1}).__name__, type({1} - f).__name__)
print(a | frozenset(), frozenset() | a)
try:
    a | [1]
except TypeError as e:
    print(e)
try:
    a & "ab"
except TypeError as e:
    print(e)
try:
    a - 1
except TypeError as e:
    print(e)
try:
    a < [1]
except TypeError as e:
    print(e)
print(a == [1, 2, 3, 4], a != (1,))
s = {1}
s2 = s
s |= {2}
print(s2 is s, s2)
big = set(range(100))
small = {5, 50, 500}
print(big & small, small & big, small - big, len(big - small), small ^ {5})
print({1, 2, 3} - {2} - {3}, {1, 2} | {2, 3} | {4})
