# raise / except / else / finally ordering, re-raise, and exceptions in handlers.

log = []


def run(fail):
    try:
        log.append("try")
        if fail:
            raise ValueError("boom")
    except ValueError as e:
        log.append("except " + str(e))
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log


print(run(False))
log.clear()
print(run(True))


def returns_in_finally():
    try:
        return "try"
    finally:
        print("finally runs before return")


print(returns_in_finally())


def finally_overrides():
    try:
        raise KeyError("lost")
    finally:
        return "finally wins"


print(finally_overrides())


def reraise():
    try:
        raise TypeError("original")
    except TypeError:
        raise


try:
    reraise()
except TypeError as e:
    print("reraised", e)

try:
    try:
        raise ValueError(1)
    except (KeyError, ValueError) as e:
        print("tuple match", type(e).__name__)
        raise
except Exception as e:
    print("outer", repr(e))

try:
    raise ValueError
except ValueError as e:
    print("class raised", repr(e))
try:
    raise 5
except TypeError as e:
    print(e)
e = None
try:
    raise NameError("n")
except NameError as e:
    pass
try:
    print(e)
except NameError as err:
    print("e deleted after except:", err)
