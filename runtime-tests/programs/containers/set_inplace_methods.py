# in-place set operations keep identity
s = {1, 2, 3}
orig = s
s |= {4}
s &= {1, 2, 4, 5}
s -= {2}
s ^= {7}
print(s, s is orig)
s.update(range(3))
s.intersection_update(range(10), [0, 1, 4, 7, 9])
s.difference_update([0])
s.symmetric_difference_update({1, 100})
print(s, s is orig)
s -= s
print(s)
t = {1, 2}
t ^= t
print(t)
u = {1, 2}
u &= u
print(u)
v = {5}
v |= v
print(v)
w = set(range(40))
w -= set(range(5, 40))
print(w)
w.add(77)
print(w)
