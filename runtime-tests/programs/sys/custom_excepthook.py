# A program-installed sys.excepthook receives the uncaught exception instead of the default
# printer; the exit status stays 1.
import sys


def hook(exc_type, exc, tb):
    print("hook got", exc_type.__name__, exc, type(tb).__name__)
    print("stderr from hook", file=sys.stderr)


sys.excepthook = hook
print("start")
raise KeyError("unhandled")
