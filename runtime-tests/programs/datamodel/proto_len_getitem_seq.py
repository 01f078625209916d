class Squares:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self.n))]
        if i < 0:
            i += self.n
        if not 0 <= i < self.n:
            raise IndexError("Squares index out of range")
        return i * i
s = Squares(6)
print(len(s), s[0], s[5], s[-1], s[1:4], s[::-2], s[10:], list(s), 16 in s, 17 in s)
print(sorted(s, reverse=True), list(reversed(s)), sum(s), max(s), tuple(s)[2])
try:
    s[6]
except IndexError as e:
    print("IndexError:", e)
try:
    s["a"]
except TypeError as e:
    print("TypeError:", e)
print([x for x in s if x % 2], list(enumerate(s))[:2], dict(zip(s, "abcdef")))
print(s[slice(1, None, 3)], list(map(str, s)), ",".join(map(str, s)))
class Str2:
    def __getitem__(self, i):
        return "ab"[i]
print(list(Str2()), "b" in Str2(), "".join(Str2()))
try:
    len(Str2())
except TypeError as e:
    print("TypeError:", e)
try:
    reversed(Str2())
except TypeError as e:
    print("TypeError:", e)
print(list(iter(Str2())), [c.upper() for c in Str2()])
