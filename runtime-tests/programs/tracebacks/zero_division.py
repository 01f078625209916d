# Division by zero inside an expression marks the operator.


def average(values):
    total = 0
    for v in values:
        total = total + v
    return total / len(values)


average([])
