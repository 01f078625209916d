# In a chain of operators only the failing one is marked; parenthesised operands too.


def compute(x, y):
    scale = 3
    return (x * scale) - (y // scale) ** 2 / (x - x)


compute(4, 9)
