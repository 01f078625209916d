# Uncaught error raised while evaluating a default argument.
def f(a, b=1 / 0):
    pass
