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
