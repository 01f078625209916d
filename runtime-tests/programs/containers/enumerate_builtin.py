# enumerate
print(list(enumerate("abc")), list(enumerate("abc", 1)), list(enumerate("ab", start=-2)))
print(list(enumerate([])), list(enumerate(range(3), 10**20)))
e = enumerate([10, 20])
print(type(e).__name__, iter(e) is e, next(e), next(e), next(e, "end"))
for i, (a, b) in enumerate([(1, 2), (3, 4)]):
    print(i, a, b)
print(dict(enumerate("xy")))
print(list(enumerate(enumerate("ab"))))
print(list(enumerate(iterable="q", start=5)))
class I:
    def __index__(self):
        return 7
print(list(enumerate("a", I())))
for msg in [lambda: enumerate(), lambda: enumerate(1), lambda: enumerate([], "a"),
            lambda: enumerate([], x=1), lambda: enumerate([], 1, 2)]:
    try:
        msg()
    except TypeError as ex:
        print(ex)
