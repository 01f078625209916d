# vars(obj) returns __dict__; vars() in a function is its locals.
class P:
    kind = "point"

    def __init__(self, x, y):
        self.x = x
        self.y = y

p = P(1, 2)
print(vars(p))
vars(p)["z"] = 3
print(p.z, sorted(vars(p)))
print("kind" in vars(P), vars(P)["kind"])

def f(a, b=2):
    c = a + b
    return vars()

print(f(1))

import sys
print(vars(sys)["__name__"])

for bad in [1, "s", [1]]:
    try:
        vars(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    vars(p, p)
except TypeError as e:
    print("TypeError:", e)
