# operator.itemgetter / attrgetter / methodcaller: calls, reprs, errors.
import operator as o
import operator
class A: pass
a = A(); a.b = A(); a.b.c = 5; a.x = 1
print(o.attrgetter('b.c')(a), o.attrgetter('x', 'b.c')(a))
print(o.itemgetter(1)([1, 2]), o.itemgetter(0, 2)("abc"), o.itemgetter('k')({'k': 3}))
print(o.methodcaller('split', ',', maxsplit=1)("a,b,c"), o.methodcaller('upper')("x"))
print(repr(o.methodcaller('f', 1, 'x', k=2, j=[3])), o.attrgetter('a.b', 'c'), o.itemgetter('a'), o.itemgetter(1, 2))
print(type(o.itemgetter(1)), type(o.itemgetter(1)).__name__, type(o.attrgetter('a')).__module__)
print(sorted([(1, 'b'), (0, 'c'), (2, 'a')], key=o.itemgetter(1)))
tests=[lambda:o.itemgetter(), lambda:o.itemgetter(1,k=2), lambda:o.itemgetter(1)(), lambda:o.itemgetter(1)([1],k=1), lambda:o.itemgetter(1)([1],[2]), lambda:o.attrgetter(), lambda:o.attrgetter(1), lambda:o.attrgetter('a')(), lambda:o.methodcaller(), lambda:o.methodcaller(1), lambda:o.methodcaller('f')(), lambda:o.methodcaller('f')(1,2), lambda:o.attrgetter('a', k=1), lambda: o.attrgetter('a.b')(1), lambda: o.methodcaller('f')(1), lambda: o.itemgetter(5)([1])]
for t in tests:
  try: print(t())
  except Exception as e: print(type(e).__name__, e)
try:
    class X(operator.itemgetter):
        pass
except TypeError as e:
    print(e)
