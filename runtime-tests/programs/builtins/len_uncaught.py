# An uncaught TypeError from a builtin prints a traceback.
def measure(x):
    return len(x)

print(measure("abc"))
print(measure(42))
