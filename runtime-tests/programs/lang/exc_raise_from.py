# raise, raise from, raise from None and the chaining attributes.
try:
    try:
        {}["key"]
    except KeyError as exc:
        raise ValueError("bad config") from exc
except ValueError as exc:
    print(repr(exc), repr(exc.__cause__), repr(exc.__context__), exc.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("hidden") from None
except ValueError as exc:
    print(repr(exc.__cause__), repr(exc.__context__), exc.__suppress_context__)
try:
    raise ValueError("direct") from TypeError("cause")
except ValueError as exc:
    print(repr(exc.__cause__), exc.__context__)
try:
    raise IndexError
except IndexError as exc:
    print(repr(exc), exc.args)
try:
    raise KeyError("a", "b")
except KeyError as exc:
    print(repr(exc), str(exc), exc.args)
try:
    raise 5
except TypeError as exc:
    print("TypeError:", exc)
try:
    raise ValueError from 5
except TypeError as exc:
    print("TypeError:", exc)
try:
    raise
except RuntimeError as exc:
    print("RuntimeError:", exc)
def reraise_later():
    try:
        raise LookupError("saved")
    except LookupError as exc:
        saved = exc
    raise saved
try:
    reraise_later()
except LookupError as exc:
    print("re-raised saved:", exc)
e = ValueError("with_traceback")
try:
    raise e.with_traceback(None)
except ValueError as exc:
    print(exc is e)
class MyError(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code
try:
    raise MyError(404)
except MyError as exc:
    print(exc, exc.code, exc.args)
