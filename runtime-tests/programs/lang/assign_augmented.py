# Augmented assignment on names, attributes and subscripts.
n = 10
n += 5; print(n)
n -= 3; print(n)
n *= 2; print(n)
n //= 5; print(n)
n **= 3; print(n)
n %= 7; print(n)
n <<= 4; print(n)
n >>= 1; print(n)
n |= 1; print(n)
n &= 0b1101; print(n)
n ^= 0b111; print(n)
f = 7
f /= 2; print(f)

class Counter:
    def __init__(self):
        self.count = 0

c = Counter()
c.count += 1
c.count += 10
print(c.count)

lst = [1, 2, 3]
lst[0] += 100
lst[-1] *= 3
print(lst)
d = {"a": 1}
d["a"] += 1
d.setdefault("b", 0)
d["b"] -= 5
print(d)

# list += extends in place (same object), tuple += rebinds
orig = [1]
alias = orig
alias += [2, 3]
print(orig, alias is orig)
t = (1,)
t2 = t
t2 += (2,)
print(t, t2, t is t2)
s = "ab"
s += "cd"
s *= 2
print(s)

# the subscript is evaluated once
calls = []
def idx():
    calls.append("idx")
    return 1
lst[idx()] += 5
print(lst, calls)

# augmented assignment to tuple element in list: TypeError but list changed
t = ([1],)
try:
    t[0] += [2]
except TypeError as exc:
    print("TypeError:", exc)
print(t)
