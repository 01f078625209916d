# ExceptionGroup / BaseExceptionGroup: construction, message, exceptions, subgroup, split,
# derive, and the errors for bad arguments.

eg = ExceptionGroup("many", [ValueError(1), TypeError(2), ExceptionGroup("inner", [ValueError(3), KeyError(4)])])
print(repr(eg))
print(str(eg), eg.message, len(eg.exceptions))
print(type(BaseExceptionGroup("x", [ValueError()])).__name__)
print(type(BaseExceptionGroup("x", [KeyboardInterrupt()])).__name__)

match, rest = eg.split(ValueError)
print(repr(match))
print(repr(rest))
print(repr(eg.subgroup(KeyError)))
print(eg.subgroup(OSError))
print(repr(eg.subgroup(lambda e: isinstance(e, TypeError))))
print(eg.split(Exception)[0] is eg, eg.split(Exception)[1])
d = eg.derive([ValueError("d")])
print(repr(d), type(d).__name__)

for bad in [
    lambda: ExceptionGroup("a"),
    lambda: ExceptionGroup(1, [ValueError()]),
    lambda: ExceptionGroup("a", []),
    lambda: ExceptionGroup("a", 5),
    lambda: ExceptionGroup("a", [1]),
    lambda: ExceptionGroup("a", [KeyboardInterrupt()]),
    lambda: eg.split(5),
]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)

eg.add_note("a note")
m, r = eg.split(TypeError)
print(m.__notes__, r.__notes__)
print(issubclass(ExceptionGroup, Exception), issubclass(ExceptionGroup, BaseExceptionGroup))
