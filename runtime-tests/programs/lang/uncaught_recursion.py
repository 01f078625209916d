# Uncaught RecursionError: the repeated frames are summarized.
def walk(node):
    return walk(node + 1)

print("before")
walk(0)
