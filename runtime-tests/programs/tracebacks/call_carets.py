# A failing call in the middle of an expression: only the call is marked.


def fails():
    raise LookupError("nothing here")


def caller():
    value = 1 + fails() * 2
    return value


caller()
