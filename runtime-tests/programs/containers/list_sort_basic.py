# list.sort and sorted basics
l = [5, 2, 9, -1, 0, 2, 7]
l.sort()
print(l)
l.sort(reverse=True)
print(l)
words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len, reverse=True))
print(sorted([3.5, -1.25, 2.0, 1e10, -0.0, 0.0]))
print(sorted([(2, "b"), (1, "z"), (2, "a"), (1, "a")]))
print(sorted([[3], [1, 2], [1], []]))
print(sorted(range(20), key=lambda x: (x % 3, -x)))
print(sorted({3: "a", 1: "b", 2: "c"}))
print(sorted("hello world"))
print(sorted([True, False, 0, 1, -1]))
print(sorted([1, 2.5, 0, -3.5, 2]))
e = []
e.sort()
print(e, sorted([]), sorted([42]))
r = sorted([3, 1, 2], reverse=False)
print(r)
print([9, 8, 7].sort())
big = [x * 7919 % 1000 for x in range(1000)]
s = sorted(big)
print(s[:10], s[-10:], s == sorted(big, reverse=True)[::-1])
print(sorted([10**30, -10**30, 5, 10**20]))
