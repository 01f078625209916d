# Uncaught TypeError from an operator inside a lambda called by map.
def total(prices):
    return list(map(lambda p: p * 1.2 + "tax", prices))

print("computing")
total([1, 2])
