# ExceptionGroup and except*.
eg = ExceptionGroup("many", [ValueError("v1"), TypeError("t1"), ValueError("v2")])
print(repr(eg), eg.message, len(eg.exceptions))
print(str(eg))
try:
    raise eg
except* ValueError as group:
    print("ValueErrors:", [str(e) for e in group.exceptions], type(group).__name__)
except* TypeError as group:
    print("TypeErrors:", [str(e) for e in group.exceptions])
try:
    try:
        raise ExceptionGroup("outer", [KeyError("k"), OSError("o")])
    except* KeyError:
        print("handled KeyError part")
except ExceptionGroup as rest:
    print("unhandled rest:", repr(rest))
try:
    raise ValueError("naked")
except* ValueError as group:
    print("naked wrapped:", repr(group))
match, rest = eg.split(ValueError)
print(repr(match), repr(rest))
sub = eg.subgroup(lambda e: isinstance(e, TypeError))
print(repr(sub))
nested = ExceptionGroup("top", [ValueError("a"), ExceptionGroup("inner", [TypeError("b"), ValueError("c")])])
try:
    raise nested
except* ValueError as g:
    print("values:", repr(g))
except* TypeError as g:
    print("types:", repr(g))
beg = BaseExceptionGroup("base", [KeyboardInterrupt()])
print(type(beg).__name__)
beg2 = BaseExceptionGroup("auto", [ValueError()])
print(type(beg2).__name__)
try:
    ExceptionGroup("x", [])
except ValueError as exc:
    print("ValueError:", exc)
try:
    ExceptionGroup("x", [KeyboardInterrupt()])
except TypeError as exc:
    print("TypeError:", exc)
