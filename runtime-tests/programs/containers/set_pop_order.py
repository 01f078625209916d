# set.pop order follows the table (finger)
s = set(range(10))
out = []
while s:
    out.append(s.pop())
print(out)
t = {x * 8 for x in range(6)}
print([t.pop() for _ in range(3)], t)
t.add(1)
print(t.pop(), t)
u = {100, 5, 3, 77}
print(u.pop(), u.pop(), u)
v = set(range(30))
for i in range(5):
    v.pop()
v.add(0)
print(v.pop(), v.pop(), len(v))
