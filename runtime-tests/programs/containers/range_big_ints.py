# ranges whose bounds do not fit 64 bits (longrange_iterator, OverflowError from len)
r = range(10**20)
print(r, r[10**19], r[-1], len(range(2**62)), 10**19 in r, -1 in r, 10**20 in r, r.index(5), r.count(10**19))
print(r[::2**60], r[5:10], list(r[5:10]), r[-3:], list(r[-3:]), r[::-1][:2], list(r[::-1][:2]))
print(range(2**64, 2**64 + 5), list(range(2**64, 2**64 + 5)), list(reversed(range(2**64, 2**64 + 5, 2))))
print(range(-2**70, 0, 2**68), list(range(-2**70, 0, 2**68)), len(range(-2**70, 0, 2**68)))
print(range(0, 10**20, 10**19) == range(0, 10**20, 10**19), hash(range(0, 10**20, 10**19)) == hash(range(0, 10**20 - 1, 10**19)))
print(r.start, r.stop, r.step, bool(range(2**70, 2**70)), range(2**70, 2**70) == range(0))
print(list(range(2**63 - 2, 2**63 + 2)), list(range(-2**63 + 1, -2**63 - 2, -1)))
print(type(iter(r)).__name__, next(iter(range(2**64, 2**65))), range(3, 10**30, 7)[10**25])
try:
    len(r)
except OverflowError as e:
    print("OverflowError", e)
try:
    r.index(-5)
except ValueError as e:
    print("ValueError", e)
x = 0
for i in range(2**63 - 3, 2**63 + 3):
    x += i
print(x, range(2**80)[2**79:][:3])
