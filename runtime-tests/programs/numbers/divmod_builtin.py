# divmod() for ints, floats, big ints, and user types.
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(-17, -5), divmod(0, 3))
print(divmod(10 ** 30 + 7, 10 ** 15), divmod(-(10 ** 30), 7))
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(7, 2.5), divmod(True, 2))
class V:
    def __divmod__(self, other):
        return ("divmod", other)
    def __rdivmod__(self, other):
        return ("rdivmod", other)
print(divmod(V(), 3), divmod(3, V()))
for a, b in ((1, 0), (1.0, 0), ("a", 1), (1, None), (1j, 2)):
    try:
        print(divmod(a, b))
    except (TypeError, ZeroDivisionError) as e:
        print(type(e).__name__ + ":", e)
