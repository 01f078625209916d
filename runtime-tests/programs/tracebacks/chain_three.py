# A three-level chain mixing context and cause; each link prints once, oldest first.


def level1():
    raise OSError("disk unavailable")


def level2():
    try:
        level1()
    except OSError as e:
        raise RuntimeError("cannot save") from e


def level3():
    try:
        level2()
    except RuntimeError:
        raise SystemError("shutdown failed")


level3()
