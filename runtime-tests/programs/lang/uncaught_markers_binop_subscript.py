# Markers for a failing subscript inside a larger arithmetic expression.
a = [1, 2, 3]
b = a[1] + a[2] * a[10]
