# SystemExit raised deep in calls propagates like any exception; caught and re-raised.
import sys


def inner():
    raise SystemExit(7)


def outer():
    try:
        inner()
    except SystemExit as e:
        print("seen code", e.code)
        raise


outer()
