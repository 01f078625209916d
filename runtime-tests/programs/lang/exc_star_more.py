# except* details: re-raise of unhandled parts, raising inside handlers, bare raise.
def raiser():
    raise ExceptionGroup("g", [ValueError(1), TypeError(2), KeyError(3)])
try:
    try:
        raiser()
    except* ValueError:
        print("values handled")
    except* TypeError:
        print("types handled")
except ExceptionGroup as rest:
    print("left over:", repr(rest))
try:
    try:
        raiser()
    except* ValueError:
        raise
except ExceptionGroup as eg:
    print("re-raised:", repr(eg))
try:
    try:
        raise ExceptionGroup("h", [ValueError("x")])
    except* ValueError:
        raise KeyError("new in handler")
except Exception as exc:
    print("new exception from handler:", repr(exc), repr(exc.__context__))
try:
    raise ExceptionGroup("only", [OSError("a"), OSError("b")])
except* OSError as g:
    print("all caught:", len(g.exceptions), g.message)
handled = []
try:
    raise ExceptionGroup("nest", [ValueError("v"), ExceptionGroup("inner", [ValueError("w")])])
except* ValueError as g:
    handled.append(repr(g))
print(handled)
eg = ExceptionGroup("derive", [ValueError("v")])
print(repr(eg.derive([TypeError("t")])))
print(eg.exceptions[0].__traceback__)
try:
    try:
        raise TypeError("plain")
    except* ValueError:
        print("not here")
except TypeError as exc:
    print("plain exception passes through:", repr(exc))
