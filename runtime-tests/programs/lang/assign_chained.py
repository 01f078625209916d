# Chained assignment a = b = c.
a = b = c = 0
print(a, b, c)
x = y = []
x.append(1)
print(y, x is y)
lst = [0, 0, 0]
i = lst[i] = 1 if False else 2
print(i, lst)
# left-to-right assignment order
class Logger:
    def __setitem__(self, k, v):
        print("set", k, v)
    def __setattr__(self, k, v):
        print("setattr", k, v)
log = Logger()
log["first"] = log.second = log["third"] = "value"
p, q = r = 1, 2
print(p, q, r)
m = (n, o) = "mn"
print(m, n, o)
d = {}
d["a"] = d["b"] = d
print(sorted(d.keys()), d["a"] is d)
