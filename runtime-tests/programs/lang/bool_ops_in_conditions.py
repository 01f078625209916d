# Boolean operators in conditions, with walrus and short-circuit guards.
def risky(x):
    print("risky called with", x)
    return 10 / x
for x in [0, 2]:
    if x != 0 and risky(x) > 1:
        print("big ratio for", x)
    if x == 0 or risky(x):
        print("guarded for", x)
data = {"user": {"name": "ann"}}
name = data.get("user") and data["user"].get("name")
missing = data.get("admin") and data["admin"].get("name")
print(name, missing)
value = None
print(value or "fallback", value is None or value > 3)
items = []
if items and items[0] > 0:
    print("positive first")
else:
    print("empty or non-positive")
if (n := len("hello")) > 3 and n % 2:
    print("odd length > 3:", n)
flags = [True, False, True]
print(all(flags), any(flags), not all(flags) and any(flags))
a, b = 3, 0
print(b and a / b, a and b, a or b / 0)
def check(v):
    return isinstance(v, int) and not isinstance(v, bool) and v > 0
print([check(v) for v in [1, True, -1, "x", 5]])
x = 5
while x > 0 and x % 3:
    x -= 1
print("stopped at", x)
print(1 < 2 and 2 < 3 or 1 / 0)
