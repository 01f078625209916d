# Uncaught exception from a key function called by sorted().
records = [{"name": "x", "age": 3}, {"name": "y"}]
print(sorted(records, key=lambda r: r["name"]))
print(sorted(records, key=lambda r: r["age"]))
