class K:
    calls = 0
    def __init__(self, v, tag):
        self.v = v
        self.tag = tag
    def __repr__(self):
        return f"{self.tag}{self.v}"
    def __lt__(self, o):
        K.calls += 1
        return self.v < o.v
items = [K(3, "a"), K(1, "b"), K(2, "c"), K(1, "d"), K(3, "e")]
print(sorted(items))
print(sorted(items, reverse=True))
print(min(items), max(items))
items.sort()
print(items, K.calls > 0)
class G:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"G{self.v}"
    def __gt__(self, o):
        return self.v > o.v
print(sorted([G(2), G(1), G(3)]))
class Nothing:
    pass
try:
    sorted([Nothing(), Nothing()])
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError:", e)
try:
    max(Nothing(), Nothing())
except TypeError as e:
    print("TypeError:", e)
class Raise:
    def __lt__(self, o):
        raise ValueError("no order")
try:
    sorted([Raise(), Raise()])
except ValueError as e:
    print("ValueError:", e)
print(len(sorted([Raise()])))
print(sorted([(1, K(2, "x")), (0, K(9, "y"))]))
print(sorted(["b", "a"], key=lambda s: K(ord(s), s)))
lst = [K(2, "p"), K(1, "q")]
lst.sort(key=lambda k: -k.v)
print(lst)
class NotBool:
    def __lt__(self, o):
        return "truthy"
print(sorted([NotBool(), NotBool()]) is not None)
