# match: or-patterns, as-patterns, guards and nesting.
def cmd(command):
    match command.split():
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            return f"going {direction}"
        case ["take", item] | ["pick", "up", item]:
            return f"taking {item}"
        case ["drop", *items] if items:
            return f"dropping {', '.join(items)}"
        case ["drop"]:
            return "drop what?"
        case ["quit" | "exit"]:
            return "bye"
        case [verb, *_] if len(verb) > 6:
            return "verb too long"
        case _:
            return f"unknown command {command!r}"
for c in ["go north", "go up", "take lamp", "pick up key", "drop a b", "drop", "exit",
          "whatever now", ""]:
    print(cmd(c))
def guard_order(x):
    log = []
    def g(tag, res):
        log.append(tag)
        return res
    match x:
        case int() if g("first", x > 10):
            out = "big int"
        case int() if g("second", x > 0):
            out = "positive int"
        case _:
            out = "other"
    return out, log
print(guard_order(50), guard_order(5), guard_order(-5), guard_order("s"))
match (1, (2, 3)):
    case (1 | 2) as first, (a, b) as pair:
        print(first, a, b, pair)
match [1, [2, [3, [4]]]]:
    case [_, [_, [_, [deep]]]]:
        print("deep", deep)
match 5:
    case 1 | 2 | 3:
        print("low")
    case 4 | 5 | 6 as mid:
        print("mid", mid)
x = 3
match x:
    case y if y > 2:
        print("guard saw capture", y)
match "abc":
    case "x" | "abc" | "y":
        print("or of strings")
