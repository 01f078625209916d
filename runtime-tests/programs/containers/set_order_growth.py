# iteration order while a set grows through several resizes
s = set()
for i in range(0, 600, 7):
    s.add(i)
    if len(s) in (4, 5, 18, 19, 20, 80):
        print(len(s), s)
print(list(s)[:20])
t = set()
for i in range(100, 0, -3):
    t.add(i * 31)
print(t)
u = set()
for i in range(40):
    u.add(i * 1024)
print(u)
v = set(range(5))
v.update(range(100, 110))
print(v)
w = set()
for i in range(60):
    w.add((i * 7919) % 1000)
print(w)
