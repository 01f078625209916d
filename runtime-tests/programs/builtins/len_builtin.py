# len on the built-in containers and on classes with __len__.
print(len(""), len("abc"), len("日本"))
print(len([]), len([1, 2, 3]), len((1,)), len({}), len({"a": 1, "b": 2}))
print(len(set()), len({1, 2, 3}), len(range(10)), len(range(0, 10, 3)), len(b"xyz"))

class Sized:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n

print(len(Sized(7)))
print(len(Sized(True)))

for bad in [5, 2.5, None, len]:
    try:
        len(bad)
    except TypeError as e:
        print("TypeError:", e)

try:
    len(Sized(-1))
except ValueError as e:
    print("ValueError:", e)

try:
    len(Sized("x"))
except TypeError as e:
    print("TypeError:", e)

for args in [(), (1, 2)]:
    try:
        len(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    len(obj=[1])
except TypeError as e:
    print("TypeError:", e)
