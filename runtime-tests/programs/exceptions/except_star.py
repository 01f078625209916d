# except* splits a group between handlers; naked exceptions are wrapped.

try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ValueError(3)])
except* ValueError as e:
    print("ValueError part:", repr(e))
except* TypeError as e:
    print("TypeError part:", repr(e))

try:
    raise ValueError("naked")
except* ValueError as e:
    print("wrapped:", repr(e), type(e).__name__)

try:
    try:
        raise ExceptionGroup("eg", [KeyError("k"), OSError("o")])
    except* KeyError:
        print("handled KeyError")
except ExceptionGroup as rest:
    print("rest:", repr(rest))

try:
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        raise RuntimeError("from handler")
except RuntimeError as e:
    print("raised in handler:", repr(e), repr(e.__context__))

try:
    try:
        raise TypeError("t")
    except* ExceptionGroup:
        pass
except TypeError as e:
    print("TypeError:", e)
