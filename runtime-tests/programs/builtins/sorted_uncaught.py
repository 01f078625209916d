# Sorting values that do not compare raises TypeError.
items = [3, "two", 1]
print(sorted(items[::2]))
print(sorted(items))
