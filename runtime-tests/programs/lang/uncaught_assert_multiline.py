# A failing multi-line assert is reported on the line of its test expression.
x = 5
assert (
    x < 0
), "x must be negative"
