# sys.exc_info() and sys.exception() inside and outside handlers, nested handlers.
import sys

print(sys.exc_info(), sys.exception())
try:
    raise ValueError("outer")
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, repr(v), type(tb).__name__)
    print(repr(sys.exception()))
    try:
        raise KeyError("inner")
    except KeyError:
        print(repr(sys.exception()))
    print("back to", repr(sys.exception()))
print(sys.exc_info(), sys.exception())


def handler():
    return repr(sys.exception())


try:
    raise TypeError("seen by callee")
except TypeError:
    print(handler())
print(handler())
