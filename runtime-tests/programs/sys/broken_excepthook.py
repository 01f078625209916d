# An excepthook that itself fails: both the hook's error and the original are printed.
import sys


def hook(exc_type, exc, tb):
    raise RuntimeError("hook is broken")


sys.excepthook = hook
raise ValueError("original problem")
