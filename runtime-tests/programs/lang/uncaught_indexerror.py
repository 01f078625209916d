# Uncaught IndexError at module level after some output.
items = [10, 20, 30]
for i in range(3):
    print(items[i])
print(items[3])
