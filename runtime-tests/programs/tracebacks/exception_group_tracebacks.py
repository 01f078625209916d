# Sub-exceptions that were raised carry their own tracebacks inside the box.


def fail(n):
    raise ValueError("failure %d" % n)


def collect():
    errors = []
    for i in range(3):
        try:
            fail(i)
        except ValueError as e:
            errors.append(e)
    return errors


raise ExceptionGroup("collected", collect())
