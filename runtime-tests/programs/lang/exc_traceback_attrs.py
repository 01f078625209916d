# __traceback__ objects: tb_lineno, tb_next, frames' code names.
def inner():
    raise ValueError("deep")
def middle():
    inner()
def outer():
    middle()
try:
    outer()
except ValueError as exc:
    tb = exc.__traceback__
    names = []
    while tb is not None:
        names.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(names)
    print(type(exc.__traceback__).__name__)
e = ValueError("fresh")
print(e.__traceback__, e.__context__, e.__cause__, e.__suppress_context__)
try:
    raise e
except ValueError:
    pass
print(e.__traceback__.tb_lineno)
import sys
try:
    [][1]
except IndexError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb.tb_lineno, tb.tb_frame.f_code.co_name)
def gen():
    yield 1
    raise KeyError("g")
try:
    list(gen())
except KeyError as exc:
    tb = exc.__traceback__
    while tb.tb_next:
        tb = tb.tb_next
    print(tb.tb_frame.f_code.co_name, tb.tb_lineno)
