# Nested try statements and re-raising.
def risky(n):
    if n == 0:
        raise ValueError("zero")
    if n == 1:
        raise KeyError("one")
    return n
for n in range(3):
    try:
        try:
            print("result", risky(n))
        except ValueError:
            print("inner handled ValueError")
            raise
        finally:
            print("inner finally", n)
    except ValueError as exc:
        print("outer re-caught", exc)
    except KeyError as exc:
        print("outer KeyError", exc)
try:
    try:
        raise IndexError("a")
    except IndexError:
        raise RuntimeError("b")
except RuntimeError as exc:
    print(repr(exc), repr(exc.__context__), exc.__suppress_context__)
def handler():
    try:
        raise ValueError("in handler")
    except ValueError:
        try:
            raise TypeError("nested")
        except TypeError as inner:
            print("nested ok", repr(inner.__context__))
        return "handled"
print(handler())
import sys
try:
    raise OSError("x")
except OSError:
    print(sys.exc_info()[0].__name__)
    try:
        raise ValueError
    except ValueError:
        print(sys.exc_info()[0].__name__)
    print(sys.exc_info()[0].__name__)
print(sys.exc_info())
