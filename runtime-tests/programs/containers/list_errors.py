# list error messages
def attempt(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)

attempt(lambda: [].pop())
attempt(lambda: [1].pop(5))
attempt(lambda: [1].pop(-2))
attempt(lambda: [1, 2].remove(3))
attempt(lambda: [1, 2].index(3))
attempt(lambda: ["a"].index("b"))
attempt(lambda: [1, 2].index(1, 1))
attempt(lambda: [].index())
attempt(lambda: [].insert(1))
attempt(lambda: [].append())
attempt(lambda: [].append(1, 2))
attempt(lambda: [].clear(1))
attempt(lambda: [1][5])
attempt(lambda: [1][-2])
key = "a"
attempt(lambda: [1][key])
fkey = 1.5
attempt(lambda: [1][fkey])
attempt(lambda: [1][2**100])
attempt(lambda: [1] + (1,))
attempt(lambda: [1] + "a")
attempt(lambda: [1] * 2.0)
attempt(lambda: [1] * "a")
attempt(lambda: [1] * [2])
attempt(lambda: [1] - [1])
attempt(lambda: list(1, 2))
attempt(lambda: list(x=1))
attempt(lambda: list(5))
attempt(lambda: [].sort(1))
attempt(lambda: [].sort(foo=1))
attempt(lambda: [3, "a"].sort())
attempt(lambda: [1, 2].sort(key=1))
attempt(lambda: hash([]))
attempt(lambda: [1, 2] < [1, "a"])
attempt(lambda: [1].index(1, "a"))
attempt(lambda: [1].insert("a", 1))
def setitem(l, k, v):
    l[k] = v
def delitem(l, k):
    del l[k]
attempt(lambda: setitem([1], 5, 0))
attempt(lambda: setitem([1], "x", 0))
attempt(lambda: delitem([1], 5))
attempt(lambda: delitem([], 0))
attempt(lambda: setitem([1, 2, 3], slice(None, None, 2), [1]))
attempt(lambda: setitem([1, 2, 3], slice(0, 1), 5))
attempt(lambda: setitem([1, 2, 3], slice(None, None, 2), 5))
attempt(lambda: [][1:2:0])
attempt(lambda: [][:"a"])
