# match: literal, capture, wildcard and value patterns.
def describe(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case "hello":
            return "greeting"
        case True:
            return "true"
        case None:
            return "none"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case b"raw":
            return "bytes"
        case _:
            return "other: " + repr(x)
for v in [0, 2, "hello", True, None, -1, 1.5, b"raw", 1.0, 99, [1]]:
    print(repr(v), "->", describe(v))
class Color:
    RED = "red"
    GREEN = "green"
def color(c):
    match c:
        case Color.RED:
            return "stop"
        case Color.GREEN:
            return "go"
        case other:
            return "unknown " + other
print(color("red"), color("green"), color("blue"))
match 42:
    case n:
        print("captured", n)
print("n after match", n)
match 1:
    case True:
        print("1 matches True?")
    case 1:
        print("1 matches 1 (True uses identity)")
match 0.0:
    case 0:
        print("0.0 matches 0")
match -0.5 + 1j:
    case -0.5 + 1j:
        print("complex literal")
