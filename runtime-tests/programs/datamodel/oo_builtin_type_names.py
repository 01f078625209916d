class C:
    __slots__ = ("a",)
    def m(self):
        pass
    @property
    def p(self):
        return 1
    @staticmethod
    def s():
        pass
    @classmethod
    def c(cls):
        pass
def gen():
    yield 1
objs = [iter([]), reversed([]), iter(()), iter(""), iter(range(1)), iter({}), iter(set()), {}.keys(), {}.values(), {}.items(),
        iter({}.keys()), iter({}.values()), iter({}.items()), reversed(range(2)), gen(), (x for x in []), print, [].append,
        int.__add__, (1).__add__, (1.5).__neg__, float.__hash__, str.join, "".join, C.m, C().m, C.__dict__["p"], C.__dict__["s"], C.__dict__["c"],
        C.__dict__["a"], type.__dict__["__dict__"], int.__dict__["real"], object.__init__, object().__init__,
        zip(), map(len, []), filter(None, []), enumerate([]), iter(lambda: 1, 1), slice(1), range(1), memoryview(b""),
        NotImplemented, ..., None, type(None), lambda: 0, C.__init__, C.__repr__, C().__repr__, super(C, C())]
for o in objs:
    print(type(o).__name__)
print(type(C.__dict__).__name__, type(vars(C)).__name__, type(C.__mro__).__name__)
