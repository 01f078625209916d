# Generator expressions: laziness, one-shot iteration, early binding of first iterable.
g = (x * 2 for x in range(4))
print(type(g).__name__)
print(next(g), next(g), list(g), list(g))
print(sum(x for x in range(101)))
print(max(len(w) for w in ["a", "abc", "ab"]))
print(sorted((c for c in "hello"), reverse=True))
def noisy(n):
    for i in range(n):
        print("produce", i)
        yield i
lazy = (v + 100 for v in noisy(3))
print("created")
print(next(lazy))
print(list(lazy))
src = [1, 2, 3]
gen = (v for v in src)
src = [9, 9]
print(list(gen))
print(any(v > 2 for v in [1, 2, 3]), all(v > 0 for v in [1, 0]))
print(",".join(str(i) for i in range(5)))
print(dict((k, len(k)) for k in ["aa", "b"]))
print(tuple(i for i in range(3) if i), set(i % 2 for i in range(5)))
pairs = ((a, b) for a in range(3) for b in range(a, 3))
print(list(pairs))
try:
    (1 / x for x in [0])
    print("no error until consumed")
    list(1 / x for x in [0])
except ZeroDivisionError as exc:
    print("ZeroDivisionError:", exc)
try:
    (x for x in 5)
except TypeError as exc:
    print("TypeError:", exc)
g = (i for i in range(2))
print(iter(g) is g)
