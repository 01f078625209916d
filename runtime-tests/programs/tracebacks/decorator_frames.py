# A decorated function: the wrapper's frame sits between caller and function.


def logged(func):
    def wrapper(*args):
        return func(*args)
    return wrapper


@logged
def divide(a, b):
    if b == 0:
        raise ArithmeticError("b is zero")
    return a


divide(1, 0)
