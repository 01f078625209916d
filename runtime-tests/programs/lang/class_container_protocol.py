# Everyday container classes: __len__, __getitem__, __iter__, __contains__, __bool__.
class Deck:
    def __init__(self):
        self.cards = [f"{r}{s}" for s in "SH" for r in "A23"]
    def __len__(self):
        return len(self.cards)
    def __getitem__(self, i):
        return self.cards[i]
    def __setitem__(self, i, v):
        self.cards[i] = v
    def __delitem__(self, i):
        del self.cards[i]
d = Deck()
print(len(d), d[0], d[-1], d[1:3], "2H" in d, "9S" in d)
print(list(d), [c for c in d if c.startswith("A")])
d[0] = "JK"
del d[1]
print(list(d), bool(d))
print(sorted(d, reverse=True), list(reversed(d)))
class Range3:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        i = 0
        while i < self.n:
            yield i
            i += 1
r = Range3(4)
print(list(r), sum(r), max(r), 3 in r, list(zip(r, "abcd")))
class Empty:
    def __len__(self):
        return 0
print(bool(Empty()), "empty" if not Empty() else "full")
class Matrix:
    def __init__(self, rows):
        self.rows = rows
    def __getitem__(self, key):
        r, c = key
        return self.rows[r][c]
m = Matrix([[1, 2], [3, 4]])
print(m[0, 1], m[1, 0])
class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as exc:
    print("ValueError:", exc)
class NotIterable:
    pass
try:
    iter(NotIterable())
except TypeError as exc:
    print("TypeError:", exc)
try:
    NotIterable()[0]
except TypeError as exc:
    print("TypeError:", exc)
