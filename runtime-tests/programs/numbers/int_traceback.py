# An uncaught ZeroDivisionError from integer modulo ends the program with a traceback.
def average(items):
    return sum(items) % len(items)

print(average([1, 2, 3]))
print(average([]))
