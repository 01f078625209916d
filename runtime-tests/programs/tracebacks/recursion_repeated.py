# Identical consecutive traceback entries fold after three:
# "[Previous line repeated N more times]".


def countdown(n):
    if n == 0:
        raise ValueError("bottom")
    return countdown(n - 1)


def start():
    return countdown(12)


start()
