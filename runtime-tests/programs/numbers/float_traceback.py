# An uncaught OverflowError from float conversion of a huge int.
def scale(n):
    return n * 0.5

print(scale(10))
print(scale(10 ** 400))
