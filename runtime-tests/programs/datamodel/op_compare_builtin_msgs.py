pairs = [(1, "a"), ("a", 1), ([], ()), ((), []), (None, 1), (1.5, "x"), ({}, {}), ({1}, [1]), (b"a", "a"), (1j, 2j), (type, int), (len, len), (..., ...)]
for op in ["<", "<=", ">", ">="]:
    for a, b in pairs[:4] if op != "<" else pairs:
        try:
            r = eval(f"a {op} b", {"a": a, "b": b})
            print(op, type(a).__name__, type(b).__name__, r)
        except TypeError as e:
            print("TypeError:", e)
print({1, 2} < {1, 2, 3}, {1} <= {1}, frozenset({1}) < {1, 2}, [1, 2] < [1, 3], (1, "a") < (1, "b"))
try:
    (1, "a") < (1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    [1, [2]] < [1, (2,)]
except TypeError as e:
    print("TypeError:", e)
print([1, 2] == (1, 2), "1" == 1, b"a" == "a", 1 == 1.0 == True, {1: 2} == {1: 2.0})
print(sorted([(2, "b"), (1, "z"), (2, "a")]), sorted(["b", "A", "a"]), sorted([1.5, 1, True, -0.5]))
class K:
    pass
for a, b in [(K(), 1), (1, K()), (K(), K())]:
    try:
        a >= b
    except TypeError as e:
        print("TypeError:", e)
