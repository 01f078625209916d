# Uncaught ZeroDivisionError inside a generator expression consumed by sum().
g = (1 / x for x in [1, 0])
print(sum(g))
