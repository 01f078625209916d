print(int.__add__, float.__neg__, complex.__hash__, int.__repr__)
print(int.__add__(1, 2), int.__add__(1, 1.5), float.__add__(1.5, 1), int.__neg__(5), float.__bool__(0.0), complex.__repr__(1j), int.__hash__(-1))
for f, a in [(int.__add__, ("a", 1)), (int.__add__, (1,)), (float.__neg__, (1,)), (int.__neg__, (True,))]:
    try:
        print(f(*a))
    except TypeError as e:
        print("TypeError:", e)
print((5).__add__.__name__, (5).__add__.__self__, (5).__add__.__qualname__, (5).__add__(2), (2.5).__mul__(2))
class I(int):
    def __add__(self, o):
        return "I.add " + str(int.__add__(self, o))
print(I(1) + 2, 2 + I(1), sum([I(1), 2]) if False else "")
w = (7).__mul__
print(w(6), w.__self__, w.__name__, w.__qualname__, w.__objclass__, type(w).__name__)
print((7).__mul__ == (7).__mul__, (2.5).__neg__(), (1j).__abs__(), (3).__lt__(4), (3).__eq__(3.0))
print(float.__lt__(1.0, 2), float.__eq__(1.0, 1), complex.__eq__(1j, 1j), int.__index__(5), float.__int__(2.9))
ops = [int.__sub__, int.__rsub__, int.__mod__, int.__rmod__, int.__lshift__, int.__rshift__, int.__xor__, int.__rand__]
print([f(13, 4) for f in ops])
print([f(7.5, 2) for f in (float.__truediv__, float.__rtruediv__, float.__floordiv__, float.__mod__, float.__rmod__)])
print(bool.__and__(True, False), bool.__or__(True, 2), bool.__xor__(True, True))
for f, a in [(float.__add__, ("x", 1.0)), (complex.__neg__, (1.0,)), (int.__bool__, ())]:
    try:
        print(f(*a))
    except TypeError as e:
        print("TypeError:", e)
