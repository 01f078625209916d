# divmod on ints and floats (floor semantics), user types, and errors.
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (10**20, 7), (-(10**20), 7)]:
    print(a, b, divmod(a, b))
for a, b in [(7.5, 2), (-7.5, 2), (7, 2.5), (1.0, 0.3), (-0.0, 1.0)]:
    print(a, b, divmod(a, b))
print(divmod(True, 2))

class Num:
    def __divmod__(self, other):
        return ("divmod", other)

    def __rdivmod__(self, other):
        return ("rdivmod", other)

print(divmod(Num(), 3), divmod(3, Num()))

for a, b in [(1, 0), (1.0, 0), (1, 0.0)]:
    try:
        divmod(a, b)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
for args in [("a", 1), (1, "a"), (None, None)]:
    try:
        divmod(*args)
    except TypeError as e:
        print("TypeError:", e)
for args in [(1,), (1, 2, 3)]:
    try:
        divmod(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    divmod(x=1, y=2)
except TypeError as e:
    print("TypeError:", e)
