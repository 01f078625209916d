# Float arithmetic in a loop.
def run(n):
    x = 0.0
    y = 1.5
    for i in range(n):
        x = x * 0.999 + y / 3.0 - 0.25
        y = y + 0.000001
    return x


print(round(run(3_000_000), 6))
