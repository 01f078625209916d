# range iteration forms and big steps
print(list(range(0, 30, 7)), list(range(30, 0, -7)), list(range(-3, 3)), list(range(5, -5, -3)))
print(list(range(0, 1, 10)), list(range(1, 0)), list(range(0, -1)))
total = 0
for i in range(10, 0, -1):
    total = total * 2 + i
print(total)
for i in range(3):
    for j in range(i):
        print(i, j, end=" ")
print()
r = range(2**62, 2**62 + 10, 3)
print(list(r), len(r), r[-1], 2**62 + 3 in r, 2**62 + 4 in r)
n = range(-2**62, 2**62, 2**61)
print(list(n), len(n))
it = iter(range(3))
for x in it:
    print(x, list(it))
print([i for i in reversed(range(0, 10, 4))])
