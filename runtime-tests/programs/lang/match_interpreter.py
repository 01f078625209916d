# A tiny expression evaluator written with match statements.
def evaluate(expr, env):
    match expr:
        case int() | float():
            return expr
        case str(name):
            return env[name]
        case ("+", left, right):
            return evaluate(left, env) + evaluate(right, env)
        case ("*", left, right):
            return evaluate(left, env) * evaluate(right, env)
        case ("-", operand):
            return -evaluate(operand, env)
        case ("let", str(name), value, body):
            return evaluate(body, {**env, name: evaluate(value, env)})
        case ("if", cond, then, other):
            return evaluate(then if evaluate(cond, env) else other, env)
        case ("call", fn, *args):
            return env[fn](*[evaluate(a, env) for a in args])
        case {"op": op, "args": [*args]}:
            return evaluate((op, *args), env)
        case _:
            raise ValueError(f"bad expression {expr!r}")
env = {"x": 10, "max": max}
tests = [
    5,
    "x",
    ("+", 1, 2),
    ("*", ("+", "x", 1), 2),
    ("-", 3.5),
    ("let", "y", 4, ("*", "y", "y")),
    ("if", 0, 1, 2),
    ("call", "max", 3, "x", 7),
    {"op": "+", "args": [1, 1]},
    ("?", 1),
]
for t in tests:
    try:
        print(t, "=>", evaluate(t, env))
    except ValueError as exc:
        print("ValueError:", exc)
