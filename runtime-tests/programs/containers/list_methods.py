# list methods: append, extend, insert, pop, remove, index, count, clear, copy, reverse
l = [3, 1, 2]
l.append(7)
print(l)
l.extend([8, 9])
l.extend((10,))
l.extend(range(2))
l.extend("ab")
print(l)
l.insert(0, "first")
l.insert(-1, "before-last")
l.insert(100, "end")
l.insert(-100, "start")
print(l)
print(l.pop(), l.pop(0), l.pop(-2))
print(l)
l.remove("first")
print(l)
print(l.index(7), l.index(1), l.index(2, 2), l.index(8, -8, -1))
print(l.count(1), l.count("zz"), [1, 1, 1.0, True].count(1))
c = l.copy()
c.reverse()
print(c)
print(c is l, c == l[::-1])
c.clear()
print(c, len(c), l[:3])
m = [1, 2]
m.extend(m)
print(m)
m += m
print(m)
m *= 2
print(len(m))
m *= 0
print(m)
n = [[]] * 3
n[0].append(1)
print(n)
print([] * 5, [0] * -1, 3 * [1, 2])
x = [1, 2, 3]
y = x
x += [4]
print(y, x is y)
x = x + [5]
print(y, x)
