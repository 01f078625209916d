# match: mapping patterns with **rest.
def handle(event):
    match event:
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {"type": "key", "key": str(k), **rest} if rest:
            return f"key {k} with extras {sorted(rest.items())}"
        case {"type": "key", "key": k}:
            return f"key {k}"
        case {"type": t}:
            return f"unknown type {t}"
        case {}:
            return "empty or untyped mapping"
        case _:
            return "not a mapping"
events = [
    {"type": "click", "pos": (1, 2)},
    {"type": "key", "key": "q"},
    {"type": "key", "key": "w", "shift": True, "ctrl": False},
    {"type": "scroll", "delta": 3},
    {"other": 1},
    {},
    [("type", "click")],
    {"type": "click", "pos": "xy"},
]
for e in events:
    print(handle(e))
match {"a": 1, "b": 2}:
    case {"a": 1, **rest}:
        print("rest", rest)
class Keys:
    A = "a"
match {"a": 5}:
    case {Keys.A: value}:
        print("value key", value)
match {1: "one", None: "none", True: "t"}:
    case {1: x, None: y}:
        print(x, y)
from_defaultdict = {"x": 1}
match from_defaultdict:
    case {"x": 1, "y": _}:
        print("y present?")
    case {"x": 1}:
        print("only x")
