# sys.tracebacklimit keeps only the innermost entries; 0 prints no traceback at all.
import sys


def a():
    b()


def b():
    c()


def c():
    raise ValueError("deep")


try:
    a()
except ValueError as e:
    sys.tracebacklimit = 2
    sys.excepthook(type(e), e, e.__traceback__)
    sys.tracebacklimit = 0
    sys.excepthook(type(e), e, e.__traceback__)
    del sys.tracebacklimit
print("done")
sys.tracebacklimit = 1
a()
