# operator module functions: arithmetic, truth, sequence helpers and their errors.
import operator
print(operator.add(1, 2), operator.__add__(2, 3), operator.__add__.__name__)
print(operator.index(5), operator.iadd([1], [2]), operator.concat("a", "b"))
print(operator.not_(0), operator.truth([]), operator.is_(None, None))
print(operator.countOf([1, 2, 1], 1), operator.indexOf([1, 2, 1], 2))
print(operator.length_hint(iter([1, 2, 3])), operator.length_hint(5, 7))
print(operator.call(max, 1, 2, key=lambda x: -x))
l = [1, 2, 3]; operator.setitem(l, 0, 9); operator.delitem(l, 1); print(l, operator.getitem(l, 1))
for f, a in [(operator.add, (1,)), (operator.neg, ()), (operator.concat, (1, 2)), (operator.indexOf, ([1], 2)), (operator.sub, ("a", 1)), (operator.ipow, ("a", 1)), (operator.lt, (1, "a"))]:
    try: f(*a)
    except Exception as e: print(type(e).__name__, e)
print(operator.index(True), type(operator.index(True)))
class I(int): pass
print(type(operator.index(I(3))))
print(operator.contains({1: 2}, 1), operator.countOf("aab", "a"), operator.indexOf((x for x in [3, 4]), 4))
try:
    operator.concat({}, {})
except TypeError as e:
    print(e)
print(operator.length_hint([], -5), operator.length_hint(iter(range(10))))
