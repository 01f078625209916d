# for loops with else, over many iterables.
for i in range(3):
    print(i)
else:
    print("done", i)
for ch in "hey":
    if ch == "e":
        print("break at e")
        break
else:
    print("not printed")
for x in []:
    print("never")
else:
    print("empty loop else")
def primes(limit):
    out = []
    for n in range(2, limit):
        for d in range(2, n):
            if n % d == 0:
                break
        else:
            out.append(n)
    return out
print(primes(30))
for k, v in {"a": 1, "b": 2}.items():
    print(k, v)
for i, (a, b) in enumerate(zip("xyz", range(10, 13)), start=1):
    print(i, a, b)
for i in range(10, 0, -3):
    print(i, end=",")
print()
data = [1, 2, 3]
for x in data:
    if x == 1:
        data.append(4)
    print("x", x)
for i in range(3):
    pass
print("loop var after", i)
for _ in reversed([1, 2, 3]):
    print(_, end=" ")
print()
