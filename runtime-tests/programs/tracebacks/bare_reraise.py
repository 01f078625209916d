# A bare raise in an except block re-raises with the original traceback entries.


def risky():
    raise ZeroDivisionError("pretend division by zero")


def wrapper():
    try:
        risky()
    except ZeroDivisionError:
        raise


wrapper()
