# Uncaught error in a multi-line generator expression passed to sum().
items = [1, 2, 0]
total = sum(
    10 // i
    for i in items
)
