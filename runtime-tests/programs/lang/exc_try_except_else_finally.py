# try / except / else / finally control flow.
def run(action):
    log = []
    try:
        log.append("try")
        if action == "raise":
            raise ValueError("boom")
        if action == "key":
            {}["missing"]
        log.append("try end")
    except ValueError as exc:
        log.append(f"except ValueError {exc}")
    except (KeyError, IndexError) as exc:
        log.append(f"except lookup {exc!r}")
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log
print(run("ok"))
print(run("raise"))
print(run("key"))
try:
    try:
        1 / 0
    finally:
        print("finally runs before propagation")
except ZeroDivisionError as exc:
    print("outer caught", exc)
try:
    raise TypeError("t")
except Exception as exc:
    print("generic", type(exc).__name__)
try:
    [][0]
except LookupError as exc:
    print("base class catch:", type(exc).__name__, exc)
try:
    int("x")
except:
    print("bare except")
err = None
try:
    raise KeyError("k")
except KeyError as e:
    err = e
print(repr(err))
try:
    e
except NameError as exc:
    print("NameError:", exc)
classes = (ValueError, TypeError)
try:
    raise TypeError("dynamic tuple")
except classes as exc:
    print("caught via tuple variable", exc)
