# Uncaught TypeError in an expression continued with a backslash.
def f(x):
    return x.upper() + \
        x.lower() + 5
f("a")
