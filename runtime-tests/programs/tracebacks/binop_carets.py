# Binary operators: the operator is marked with ^ and its operands with ~.


def total(a, b, c):
    return a + b   +   c


total(1, 2, "three")
