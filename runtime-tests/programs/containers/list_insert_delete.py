# insertion and deletion at the edges and in the middle
l = []
for i in range(5):
    l.insert(0, i)
print(l)
for i in range(5):
    l.insert(len(l) // 2, i * 10)
print(l)
del l[0]
del l[-1]
del l[len(l) // 2]
print(l)
print(l.pop(3), l.pop(-3), l)
l[0], l[-1] = l[-1], l[0]
print(l)
l[1:3] = []
print(l)
del l[:]
print(l)
q = list(range(10))
while q:
    q.pop(0)
    if len(q) % 3 == 0:
        print(q)
r = [1, 2, 3]
r.insert(-1, 9)
r.insert(-10, 0)
r.insert(10, 99)
print(r)
w = [0, 1, 2, 3, 4, 5]
del w[1::2]
print(w)
