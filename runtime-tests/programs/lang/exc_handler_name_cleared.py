# The "except ... as name" binding is deleted at the end of the handler.
e = "before"
try:
    raise ValueError("v")
except ValueError as e:
    print("inside", repr(e))
try:
    print(e)
except NameError as exc:
    print("NameError:", exc)
def f():
    err = None
    try:
        1 / 0
    except ZeroDivisionError as err:
        pass
    try:
        return err
    except UnboundLocalError as exc:
        return "UnboundLocalError: " + str(exc)
print(f())
def keep():
    saved = None
    try:
        raise KeyError("k")
    except KeyError as exc:
        saved = exc
    return repr(saved)
print(keep())
for i in range(2):
    try:
        raise IndexError(i)
    except IndexError as loop_exc:
        last = loop_exc
print(repr(last), "loop_exc" in globals())
