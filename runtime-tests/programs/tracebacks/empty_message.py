# An exception whose str is empty prints its name without a colon.


def f():
    raise ValueError("")


try:
    f()
except ValueError:
    pass

raise ValueError
