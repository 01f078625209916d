# reversed over lists, tuples, ranges, strings, dicts, custom sequences
print(list(reversed([1, 2, 3])), list(reversed((1, 2, 3))), list(reversed(range(4))), list(reversed("abc")))
print(list(reversed({1: 2, 3: 4})), list(reversed({1: 2, 3: 4}.items())))
print(type(reversed((1,))).__name__, type(reversed([])).__name__, type(reversed(range(1))).__name__)
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return i * 100
print(list(reversed(Seq())))
class Rev:
    def __reversed__(self):
        return iter("custom")
print(list(reversed(Rev())))
r = reversed((1, 2, 3))
print(r.__length_hint__(), next(r), r.__length_hint__(), list(r), r.__length_hint__())
for bad in [lambda: reversed(1), lambda: reversed({1, 2}), lambda: reversed(), lambda: reversed([], []),
            lambda: reversed(iter([1]))]:
    try:
        bad()
    except TypeError as e:
        print(e)
