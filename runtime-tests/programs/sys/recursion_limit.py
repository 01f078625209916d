# getrecursionlimit / setrecursionlimit and the RecursionError they govern.
import sys

print(sys.getrecursionlimit())
sys.setrecursionlimit(200)
print(sys.getrecursionlimit())


def depth(n):
    return depth(n + 1)


try:
    depth(0)
except RecursionError as e:
    print("RecursionError:", e)

for bad in [0, -1, 1.5, "x"]:
    try:
        sys.setrecursionlimit(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
sys.setrecursionlimit(1000)
print(sys.getrecursionlimit())
