# Dict and set comprehensions.
print({x: x ** 2 for x in range(5)})
print({k: v for k, v in [("a", 1), ("b", 2), ("a", 3)]})
print({v: k for k, v in {"one": 1, "two": 2}.items()})
print({x % 3 for x in range(10)})
print(sorted({len(w) for w in ["a", "bb", "cc", "ddd"]}))
print({(x, y): x * y for x in range(3) for y in range(3) if x <= y})
print({c: "abc".index(c) for c in "cab"})
print({i for i in range(20) if i % 4 == 0})
print({n: [m for m in range(n)] for n in range(4)})
order = []
def key(k):
    order.append("key " + str(k))
    return k
def val(v):
    order.append("val " + str(v))
    return v
print({key(i): val(i * 10) for i in range(2)})
print(order)
print(type({x for x in ()}).__name__, type({x: x for x in ()}).__name__, {})
print({(a, b) for a in range(2) for b in range(2)})
print({x: y for x, y in zip("ab", "xy")})
try:
    {[1]: 2 for _ in range(1)}
except TypeError as exc:
    print("TypeError:", exc)
try:
    {[x] for x in range(1)}
except TypeError as exc:
    print("TypeError:", exc)
