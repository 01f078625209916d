# Uncaught KeyError with a tuple key and a long multi-line expression.
grid = {(0, 0): "a", (0, 1): "b"}

def cell(r, c):
    return grid[
        (r, c)
    ]

print(cell(0, 1))
print(cell(1, 1))
