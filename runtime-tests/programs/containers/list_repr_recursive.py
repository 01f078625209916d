# list repr, nested and self-referencing
print([])
print([1, [2, [3, []]], (4,), {5: 6}])
a = [1, 2]
a.append(a)
print(a)
b = [a, [a]]
print(b)
c = []
d = [c]
c.append(d)
print(c, d)
print(repr([None, True, False, 1.5, -0.0, "s", 'q"uote', "it's"]))
print(str([1, "a"]))
print([[]] * 2, [[[]]])
e = {"k": []}
e["k"].append(e)
print(e)
t = ([],)
t[0].append(t)
print(t)
class R:
    def __repr__(self):
        return "R!"
print([R(), [R()]])
