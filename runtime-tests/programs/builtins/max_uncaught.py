# An uncaught ValueError from max() of an empty sequence.
values = [v for v in range(10) if v > 20]
print("filtered", values)
print(max(values))
