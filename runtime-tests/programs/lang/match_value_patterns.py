# match: dotted value patterns, constants vs captures, matching order and binding leftovers.
class Status:
    OK = 200
    NOT_FOUND = 404
    ERROR = 500
class Cfg:
    class Nested:
        LIMIT = 3
def code(c):
    match c:
        case Status.OK:
            return "ok"
        case Status.NOT_FOUND:
            return "not found"
        case Cfg.Nested.LIMIT:
            return "limit"
        case Status.ERROR | 501 | 502:
            return "server error"
        case _:
            return "?"
print([code(c) for c in [200, 404, 3, 500, 502, 1]])
def bindings(x):
    match x:
        case [a, 1] | [1, a]:
            return f"a={a}"
        case (b, c) if b > c:
            return f"desc {b} {c}"
        case (b, c):
            return f"asc {b} {c}"
print(bindings([5, 1]), bindings((1, 9)), bindings((3, 2)), bindings((2, 3)))
match (1, 2):
    case (x, 3):
        pass
    case (y, z):
        print("second case bound", y, z)
match "value":
    case str() as whole if len(whole) > 3:
        print("as + guard", whole)
match None:
    case None:
        print("None literal")
match False:
    case 0:
        print("False matched 0?")
    case False:
        print("False matched False")
match 2:
    case 1 | 2 as n if n > 1:
        print("or + as + guard", n)
