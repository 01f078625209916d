# mutation during iteration raises RuntimeError
d = {1: 1, 2: 2, 3: 3}
try:
    for k in d:
        d[k + 10] = 0
except RuntimeError as e:
    print("RuntimeError", e)
print(len(d) >= 4)
d = {1: 1, 2: 2, 3: 3}
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print("RuntimeError", e)
print(d)
d = {1: 1, 2: 2}
for k in d:
    d[k] = k * 100
print(d)
d = {i: i for i in range(5)}
try:
    for v in d.values():
        d.pop(4, None)
except RuntimeError as e:
    print("RuntimeError", e)
d = {i: i for i in range(5)}
try:
    for kv in d.items():
        d.clear()
except RuntimeError as e:
    print("RuntimeError", e)
d = {1: 1, 2: 2}
it = iter(d)
next(it)
d[3] = 3
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError", e)
try:
    next(it)
except (RuntimeError, StopIteration) as e:
    print(type(e).__name__)
d = {1: 1}
r = reversed(d)
d[2] = 2
try:
    next(r)
except RuntimeError as e:
    print("RuntimeError", e)
d = {"a": 1, "b": 2}
for k in list(d):
    del d[k]
print(d)
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print("RuntimeError", e)
