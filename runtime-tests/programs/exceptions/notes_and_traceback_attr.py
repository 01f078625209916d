# add_note / __notes__, with_traceback, __traceback__ and traceback objects.

e = ValueError("v")
print(hasattr(e, "__notes__"))
e.add_note("first")
e.add_note("second")
print(e.__notes__)
try:
    e.add_note(3)
except TypeError as t:
    print("TypeError:", t)
e.__notes__ = "not a list"
try:
    e.add_note("x")
except TypeError as t:
    print("TypeError:", t)

print(ValueError().__traceback__)


def fail():
    raise KeyError("k")


try:
    fail()
except KeyError as err:
    tb = err.__traceback__
    print(type(tb).__name__, tb.tb_lineno, tb.tb_next.tb_lineno, tb.tb_next.tb_next)
    e2 = RuntimeError("r").with_traceback(tb)
    print(e2.__traceback__ is tb)
    e2.__traceback__ = None
    print(e2.__traceback__)
    try:
        e2.__traceback__ = 5
    except TypeError as t:
        print("TypeError:", t)
