# An exception passing through finally blocks keeps its original traceback.

log = []


def inner():
    try:
        raise IndexError("index 5 out of range")
    finally:
        log.append("inner cleanup")


def outer():
    try:
        inner()
    finally:
        log.append("outer cleanup")


outer()
