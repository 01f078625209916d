# operators as methods, including in-place forms
l = [1]
print(l.__iadd__([2]) is l, l, l.__imul__(2) is l, l)
print([1].__add__([2]), [1].__mul__(3), [1].__rmul__(2), [1, 2].__contains__(2))
print([1].__eq__([1]), [1].__lt__([0]), [1].__ne__([1]), [1].__add__([2, 3]))
d = {1: 2}
print(d.__ior__({3: 4}) is d, d, d.__or__({5: 6}), {1: 2}.__eq__({1: 2}))
s = {1, 2}
print(s.__ior__({3}) is s, s, s.__iand__({1, 3}) is s, s, s.__isub__({1}), s.__ixor__({7}), s)
print({1}.__or__([2]), {1}.__and__({1}), {1, 2}.__sub__({2}), {1}.__xor__({2}))
print((1, 2).__add__((3,)), (1,).__mul__(2), (1, 2).__getitem__(1), (1, 2).__len__())
print(range(5).__getitem__(2), range(5).__contains__(4), range(3).__iter__().__next__())
m = [5, 3]
m.__setitem__(0, 9)
m.__delitem__(1)
print(m, m.__len__(), m.__getitem__(slice(None, None, -1)))
print(dict.__getitem__({1: 2}, 1), list.__len__([1, 2]), set.__len__({3}))
print(sorted([[3], [], [1, 2]], key=list.__len__))
