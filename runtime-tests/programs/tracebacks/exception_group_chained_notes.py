# Inside an exception group, chained sub-exceptions and notes keep the box margins; a
# multi-line message continues without them.


def f():
    try:
        raise KeyError("a")
    except KeyError:
        e2 = ValueError("first line\nsecond line")
        e2.add_note("note one\nnote one, continued")
        raise e2


def g():
    try:
        f()
    except ValueError as e:
        return e


eg = ExceptionGroup("outer", [g(), TypeError("t")])
eg.add_note("group note")
eg.__notes__.append(5)
raise eg
