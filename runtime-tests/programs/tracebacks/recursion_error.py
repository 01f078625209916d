# Unbounded recursion ends in RecursionError; the traceback folds the repeated frame.


def forever(n):
    return forever(n + 1)


forever(0)
