# aliasing, shallow copies and identity
a = [1, [2, 3]]
b = a
c = a[:]
d = list(a)
e = a.copy()
a[1].append(4)
a.append(5)
print(a, b, c, d, e)
print(a is b, a is c, c[1] is a[1], e == d)
f = [[]] * 3
g = [[] for _ in range(3)]
f[0].append(1)
g[0].append(1)
print(f, g)
t = (a, a)
print(t[0] is t[1], t)
h = {1: a}
hc = h.copy()
hc[1].append(6)
print(h, hc is h)
s = {1, 2}
sc = s.copy()
sc.add(3)
print(s, sc)
