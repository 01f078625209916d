# match: sequence patterns with star.
def seq(x):
    match x:
        case []:
            return "empty"
        case [a]:
            return f"one: {a}"
        case [a, b]:
            return f"two: {a}, {b}"
        case [first, *middle, last] if len(middle) > 2:
            return f"long: {first} .. {last} ({len(middle)} in middle)"
        case [first, *rest]:
            return f"first {first} rest {rest}"
        case _:
            return "not a sequence"
for v in [[], [1], (1, 2), [1, 2, 3], list(range(7)), "ab", {"a": 1}, range(3), 5]:
    print(repr(v), "->", seq(v))
def point(p):
    match p:
        case (0, 0):
            return "origin"
        case (0, y):
            return f"on y axis at {y}"
        case (x, 0):
            return f"on x axis at {x}"
        case (x, y, *_):
            return f"point {x},{y}"
for p in [(0, 0), (0, 5), [3, 0], (1, 2, 3)]:
    print(p, point(p))
match [1, [2, 3], (4, [5])]:
    case [a, [b, c], (d, [e])]:
        print("nested", a, b, c, d, e)
match "abc":
    case [x, y, z]:
        print("str is a sequence?", x)
    case str():
        print("str does not match sequence patterns")
match [1, 2, 3]:
    case [*head, 3]:
        print("head", head)
match (1,):
    case [*_, 1]:
        print("star wildcard ok")
match bytearray(b"ab"):
    case [97, 98]:
        print("bytearray matched")
    case _:
        print("bytearray is not matched as sequence")
