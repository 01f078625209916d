class L(list): pass
class D(dict): pass
class S(set): pass

class FS(frozenset): pass
class T(tuple): pass
class St(str): pass
class I(int): pass
for c in (L, D, S, FS, T, St, I, list, dict, set, bytearray, slice):
    try:
        v = c() if c is not slice else slice(1)
        h = hash(v)
        print(c.__name__, "hashable", h == hash(c.__mro__[1]()) if c.__mro__[1] not in (object,) and c is not slice else "")
    except TypeError as e:
        print(c.__name__, "TypeError:", e)
print([t.__hash__ is None for t in (list, dict, set, bytearray, slice, L, D, S)])
print([t.__dict__.get("__hash__", "absent") is None for t in (list, dict, set, L, D)])
class LH(list):
    def __hash__(self):
        return 7
print(hash(LH([1])), {LH(): 1}[LH()] if False else len({LH(), LH()}))
class DE(dict):
    def __eq__(self, o):
        return False
try:
    hash(DE())
except TypeError as e:
    print("TypeError:", e)
print(hasattr({}, "__add__"), hasattr({}, "__or__"), hasattr({}, "__ror__"), hasattr({}, "__ior__"), hasattr({}, "__mul__"))
print([hasattr(set(), n) for n in ("__add__", "__and__", "__rand__", "__sub__", "__rsub__", "__xor__", "__or__", "__mul__", "__iand__")])
print([hasattr(frozenset(), n) for n in ("__and__", "__rsub__", "__iand__", "__mod__")])
try:
    {} + {}
except TypeError as e:
    print("TypeError:", e)
try:
    set() * 2
except TypeError as e:
    print("TypeError:", e)
