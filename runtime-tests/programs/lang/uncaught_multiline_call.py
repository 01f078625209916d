# A failing call spread over several lines: the traceback shows only the first line.
def combine(a, b, c):
    return a + b + c

result = combine(
    "x",
    "y",
    3,
)
