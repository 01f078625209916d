# Comparison between types and their error messages.
print(1 < 2.5, 2 == 2.0, 3 != 3.0, True < 2)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), [2] > [1, 9], "abc" < "abd", "Z" < "a")
print((1, "a") == (1, "a"), (1, [2]) == (1, [2]))
print(None == None, None == 0, None != False)
for expr in ["1 < 'a'", "[1] < (1,)", "None < None", "{} < {}", "'a' >= 3", "(1, 'a') < (1, 2)"]:
    try:
        eval(expr)
    except TypeError as exc:
        print(expr, "->", exc)
print({1: 2} == {1: 2.0}, {1, 2} == {2, 1}, {1} < {1, 2}, {1, 2} <= {1, 2})
print(1 == "1", [] == (), 0 == False, "" == False)
class E:
    def __eq__(self, other):
        return "custom"
print(E() == 1, E() != 1, 1 == E())
class Ord:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < o.v
print(Ord(1) < Ord(2), Ord(3) > Ord(2))
try:
    Ord(1) <= Ord(2)
except TypeError as exc:
    print("TypeError:", exc)
print(max([3, 1, 2]), min("hello"), sorted([(2, "b"), (1, "z"), (2, "a")]))
