# extend and += with all kinds of iterables
l = []
l.extend([1])
l.extend((2, 3))
l.extend({4: "x"})
l.extend({5})
l.extend(range(6, 8))
l.extend("89")
l.extend(x for x in [10])
l.extend(iter([11]))
l.extend({12: 0}.values())
print(l)
l += (13,)
l += "a"
l += range(2)
print(l)
try:
    l += 5
except TypeError as e:
    print(e)
try:
    l.extend(None)
except TypeError as e:
    print(e)
m = [1, 2]
m.extend(m)
m.extend(m[:1])
print(m)
n = [0]
for i in range(3):
    n.extend(n)
print(n, len(n))
