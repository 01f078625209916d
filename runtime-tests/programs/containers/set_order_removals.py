# iteration order after removals (dummy entries) and re-insertion
s = set(range(20))
for i in range(0, 20, 3):
    s.discard(i)
print(s)
s.add(0)
s.add(40)
s.add(3)
print(s)
t = {1, 9}
t.remove(1)
t.add(17)
print(t)
u = set(range(8))
u -= {1, 2, 3}
u |= {9, 10, 11}
print(u)
v = set(range(100))
for i in range(100):
    if i % 7:
        v.remove(i)
print(v)
v.update(range(200, 260, 5))
print(v)
w = {x * 8 for x in range(10)}
w.discard(16)
w.discard(32)
w.add(80)
w.add(16)
print(w)
x = set(range(50))
x.difference_update(range(10, 45))
print(x)
x.add(1000)
print(x)
y = set(range(30))
y.intersection_update(range(5, 50, 2))
print(y)
