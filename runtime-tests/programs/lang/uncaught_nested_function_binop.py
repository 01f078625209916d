# Binary-operator markers inside a nested function and a list comprehension.
def outer(values):
    def scale(v):
        return v * 2 - None
    return [scale(v) for v in values]

outer([1, 2])
