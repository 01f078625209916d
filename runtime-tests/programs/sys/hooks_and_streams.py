# displayhook / excepthook defaults and the standard streams.
import sys

print(sys.displayhook is sys.__displayhook__, sys.excepthook is sys.__excepthook__)
sys.displayhook(42)
sys.displayhook(None)
sys.displayhook("text")
print(_)
sys.stdout.write("written to stdout\n")
sys.stderr.write("written to stderr\n")
print(sys.stdout is sys.__stdout__, sys.stdin is sys.__stdin__)
try:
    raise ValueError("shown by excepthook")
except ValueError as e:
    sys.excepthook(type(e), e, None)
print("after excepthook")
print(sys.implementation.name in ("cpython", "pyjit"))
