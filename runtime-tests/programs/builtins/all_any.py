# all and any: truthiness, empty iterables, short-circuiting.
print(all([]), any([]))
print(all([1, 2, 3]), all([1, 0, 3]), any([0, 0, 1]), any([0, "", None]))
print(all("abc"), any(""), all(x > 0 for x in range(1, 5)))

seen = []
def gen():
    for i in range(10):
        seen.append(i)
        yield i

print(any(x > 2 for x in gen()), seen)
seen.clear()
print(all(x < 3 for x in gen()), seen)

class Falsy:
    def __bool__(self):
        return False

print(all([Falsy()]), any([Falsy(), Falsy()]))

for f in (all, any):
    try:
        f(5)
    except TypeError as e:
        print("TypeError:", e)
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)
