class U:
    __hash__ = None
class EqU:
    def __eq__(self, o):
        return False
for desc, f in [
    ("set()", lambda: set([U()])),
    ("set.add", lambda: set().add(EqU())),
    ("frozenset", lambda: frozenset([[]])),
    ("dict literal", lambda: {U(): 1}),
    ("dict.get", lambda: {}.get(U())),
    ("in dict", lambda: U() in {}),
    ("in set", lambda: [] in {1}),
    ("dict.fromkeys", lambda: dict.fromkeys([{}])),
    ("dict.setdefault", lambda: {}.setdefault(set())),
    ("dict.pop", lambda: {}.pop([], None)),
    ("set.discard", lambda: {1}.discard([])),
    ("set.remove", lambda: {1}.remove(EqU())),
    ("hash tuple", lambda: hash((1, (2, [3])))),
    ("dict subscript", lambda: {1: 2}[[1]]),
    ("del dict", lambda: {1: 2}.__delitem__(U())),
    ("set |", lambda: {1} | {EqU()}),
    ("Counter-like", lambda: dict(zip([U()], [1]))),
]:
    try:
        f()
        print(desc, "ok")
    except TypeError as e:
        print(desc, "TypeError:", e)
print(frozenset({1}) in {frozenset({1}): 1}, {1} in [{1}])
try:
    {1} in {frozenset({1})}
    print("set in set of frozensets:", {1} in {frozenset({1})})
except TypeError as e:
    print("TypeError:", e)
class MinusOne:
    def __hash__(self):
        return -1
print(hash(MinusOne()), hash(-1), hash(-2))
