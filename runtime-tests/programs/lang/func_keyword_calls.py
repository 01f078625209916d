# Keyword arguments in calls: ordering, mixing with defaults, dict unpacking.
def describe(name, age, city="unknown", *, verbose=False):
    s = f"{name} ({age}) from {city}"
    return s + " [verbose]" if verbose else s
print(describe("Ann", 30))
print(describe(age=40, name="Bob"))
print(describe("Cy", city="Paris", age=22))
print(describe("Di", 50, "Rome", verbose=True))
opts = {"city": "Oslo", "verbose": True}
print(describe("Ed", 60, **opts))
args = ("Flo", 70)
print(describe(*args, **{"city": "Lima"}))
def kw_collector(a, **rest):
    return a, sorted(rest.items())
print(kw_collector(1, z=1, y=2, x=3))
print(kw_collector(a=5, b=6))
print(kw_collector(**{"a": 0, "if": 1, "class": 2}))
def order(**kw):
    return list(kw)
print(order(c=1, a=2, b=3), order(**{"z": 0}, y=1))
print(dict(a=1, b=2), dict({"x": 1}, y=2))
print(sorted([3, 1, 2], reverse=True), "{a}-{b}".format(b=2, a=1))
print(int("ff", base=16), int(x="12") if False else int("12", 16))
print(max([1, 5, 3], key=lambda v: -v), min([], default="empty"))
def f(a, b=2, c=3):
    return a * 100 + b * 10 + c
print(f(1, c=9), f(c=1, a=2), f(1, 2, c=0))
