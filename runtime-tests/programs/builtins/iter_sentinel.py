# iter(callable, sentinel) and the callable_iterator type.
values = [1, 2, 3, 0, 4]
pos = 0

def nxt():
    global pos
    pos += 1
    return values[pos - 1]

it = iter(nxt, 0)
print(type(it).__name__)
print(list(it))
print(list(it))
print(pos)

count = 0
def counter():
    global count
    count += 1
    if count > 3:
        raise StopIteration
    return count

print(list(iter(counter, None)))

class Reader:
    def __init__(self):
        self.chunks = ["ab", "cd", ""]

    def read(self):
        return self.chunks.pop(0)

r = Reader()
print([c for c in iter(r.read, "")])
print(iter(it) is it)

for args in [(1, 2), (5, None)]:
    try:
        iter(*args)
    except TypeError as e:
        print("TypeError:", e)
for args in [(), (1, 2, 3)]:
    try:
        iter(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
