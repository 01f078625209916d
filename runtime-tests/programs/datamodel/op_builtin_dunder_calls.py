print(int.__add__(1, 2), int.__add__(1, 1.5), int.__radd__(1, 2), float.__add__(1.5, 1), float.__radd__(1.5, 2))
print(int.__sub__(5, 3), int.__rsub__(5, 3), float.__rtruediv__(2.0, 1), int.__truediv__(1, 2), int.__floordiv__(7, 2))
print(str.__add__("a", "b"), str.__mul__("ab", 2), str.__rmul__("ab", 3), str.__mod__("%d", 5), str.__rmod__("x", "y"))
print(list.__add__([1], [2]), list.__mul__([0], 3), list.__iadd__([1], (2,)), list.__imul__([1, 2], 2), tuple.__add__((1,), (2,)))
print(int.__lt__(1, 2), int.__eq__(1, 1.0), int.__eq__(1, "1"), float.__lt__(1.0, 2), str.__lt__("a", 1))
print(int.__neg__(5), int.__abs__(-5), int.__invert__(0), float.__neg__(1.5), int.__bool__(0), float.__bool__(0.5))
print(int.__pow__(2, 10), int.__pow__(2, 10, 1000), int.__rpow__(2, 3), float.__pow__(2.0, 0.5), int.__divmod__(7, 2), int.__rdivmod__(7, 20))
print(int.__and__(6, 3), int.__or__(6, 3), int.__xor__(6, 3), int.__lshift__(1, 4), int.__rshift__(16, 2), int.__rlshift__(2, 1))
print(int.__and__(6, 3.0), float.__and__ if hasattr(float, "__and__") else "no float.__and__", hasattr(str, "__radd__"), hasattr(list, "__rmul__"))
print(set.__or__({1}, {2}), set.__and__({1, 2}, {2}), set.__sub__({1, 2}, {1}), set.__xor__({1}, {2}), set.__or__({1}, [2]))
print(dict.__or__({1: 2}, {3: 4}), dict.__or__({}, 5), dict.__ror__({1: 2}, {1: 3}), bytes.__add__(b"a", b"b"))
for f, args in [(int.__add__, ("a", 1)), (int.__add__, (1,)), (str.__add__, ("a", 1)), (list.__add__, ([], ())), (float.__add__, (1, 2.0)), (int.__neg__, ("x",))]:
    try:
        print(f(*args))
    except TypeError as e:
        print("TypeError:", e)
class I(int):
    pass
print(int.__add__(I(1), 2), type(int.__add__(I(1), 2)).__name__, int.__repr__(I(5)), int.__hash__(I(5)), int.__bool__(I(0)))
print(complex.__add__(1j, 1), complex.__mul__(1j, 1j), complex.__eq__(1j, 1j), complex.__abs__(3 + 4j))
