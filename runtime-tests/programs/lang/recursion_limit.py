# sys.setrecursionlimit and catching RecursionError at different depths.
import sys
old = sys.getrecursionlimit()
print(old)
def depth(n=0):
    try:
        return depth(n + 1)
    except RecursionError:
        return n
sys.setrecursionlimit(200)
d200 = depth()
sys.setrecursionlimit(400)
d400 = depth()
print(150 < d200 < 200, 350 < d400 < 400, d400 - d200)
sys.setrecursionlimit(old)
def count(n):
    if n == 0:
        return 0
    return 1 + count(n - 1)
print(count(500))
try:
    count(5000)
except RecursionError as exc:
    print("RecursionError:", exc)
print(count(10))
class Loop:
    def __repr__(self):
        return repr(self)
try:
    repr(Loop())
except RecursionError as exc:
    print("RecursionError in __repr__:", exc)
lst = []
lst.append(lst)
print(lst)
d = {}
d["self"] = d
print(d)
try:
    sys.setrecursionlimit(0)
except ValueError as exc:
    print("ValueError:", exc)
