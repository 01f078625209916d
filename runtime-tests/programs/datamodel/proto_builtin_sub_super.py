class IR(int):
    def __repr__(self):
        return "IR:" + int.__repr__(self)
    def __hash__(self):
        return int.__hash__(self) + 1
    def __bool__(self):
        return not int.__bool__(self)
class FR(float):
    def __repr__(self):
        return "FR:" + super().__repr__()
    def __hash__(self):
        return super().__hash__() + 1
class SR(str):
    def __repr__(self):
        return "SR:" + str.__repr__(self)
    def __hash__(self):
        return str.__hash__(self) & 0
    def __len__(self):
        return str.__len__(self) + 100
class LR(list):
    def __repr__(self):
        return "LR:" + list.__repr__(self)
    def __len__(self):
        return list.__len__(self) * 10
    def __iter__(self):
        return iter(list.__iter__(self))
    def __contains__(self, x):
        return list.__contains__(self, x)
    def __getitem__(self, i):
        return list.__getitem__(self, i)
class DR(dict):
    def __repr__(self):
        return "DR:" + dict.__repr__(self)
    def __len__(self):
        return dict.__len__(self) + 1
class TR(tuple):
    def __repr__(self):
        return "TR:" + tuple.__repr__(self)
    def __hash__(self):
        return tuple.__hash__(self) - tuple.__hash__(self)
print(repr(IR(5)), hash(IR(5)), bool(IR(0)), repr(FR(1.5)), hash(FR(1.0)))
print(repr(SR("a")), hash(SR("a")), len(SR("ab")))
print(repr(LR([1])), len(LR([1, 2])), list(LR([3])), 3 in LR([3]), LR([4])[0])
print(repr(DR(a=1)), len(DR()), repr(TR((1,))), hash(TR((1, 2))))
class CR(complex):
    def __repr__(self):
        return "CR:" + complex.__repr__(self)
    def __bool__(self):
        return complex.__bool__(self)
print(repr(CR(1, 2)), bool(CR(0)))
class BR(bytes):
    def __repr__(self):
        return "BR:" + bytes.__repr__(self)
    def __hash__(self):
        return bytes.__hash__(self) * 0 + 3
print(repr(BR(b"x")), hash(BR(b"x")))
class SetR(set):
    def __repr__(self):
        return "SetR:" + set.__repr__(self)
    def __len__(self):
        return set.__len__(self) + 7
print(repr(SetR({1})), len(SetR({1})))
