# match over nested JSON-like data.
def summarize(doc):
    match doc:
        case {"type": "user", "name": str(name), "roles": [*roles]} if "admin" in roles:
            return f"admin {name}"
        case {"type": "user", "name": str(name), "roles": []}:
            return f"user {name} without roles"
        case {"type": "user", "name": name}:
            return f"user {name}"
        case {"type": "group", "members": [{"name": first}, *others]}:
            return f"group led by {first} (+{len(others)})"
        case {"type": "group", "members": []}:
            return "empty group"
        case [{"type": _}, *_] as many:
            return f"{len(many)} documents: " + "; ".join(summarize(d) for d in many)
        case {"type": other}:
            return f"unsupported type {other}"
        case str() | int() | float() | bool() | None:
            return f"scalar {doc!r}"
        case _:
            return "malformed"
docs = [
    {"type": "user", "name": "ann", "roles": ["dev", "admin"]},
    {"type": "user", "name": "bob", "roles": []},
    {"type": "user", "name": "cy", "roles": ["dev"]},
    {"type": "group", "members": [{"name": "dee"}, {"name": "ed"}, {"name": "fay"}]},
    {"type": "group", "members": []},
    [{"type": "user", "name": "gil"}, {"type": "robot"}],
    {"type": "robot"},
    42,
    None,
    {"name": "x"},
    (1, 2),
]
for d in docs:
    print(summarize(d))
