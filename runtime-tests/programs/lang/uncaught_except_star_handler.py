# Uncaught: an except* handler raises; the new exception and the unhandled rest form a group.
try:
    raise ExceptionGroup("eg", [ValueError("a"), TypeError("b")])
except* ValueError:
    raise RuntimeError("handler failed")
