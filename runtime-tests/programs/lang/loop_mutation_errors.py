# Mutating containers while iterating over them.
d = {"a": 1, "b": 2}
try:
    for k in d:
        d[k + "x"] = 0
except RuntimeError as exc:
    print("RuntimeError:", exc)
s = {1, 2, 3}
try:
    for v in s:
        s.add(v + 10)
except RuntimeError as exc:
    print("RuntimeError:", exc)
d = {"a": 1, "b": 2}
for k in d:
    d[k] = d[k] * 10
print(d)
for k in list(d):
    if d[k] > 10:
        del d[k]
print(d)
lst = [1, 2, 3, 4, 5, 6]
for x in lst:
    if x % 2 == 0:
        lst.remove(x)
print(lst)
lst = [1, 2, 3]
out = []
for x in lst:
    out.append(x)
    if len(lst) < 6:
        lst.append(x * 10)
print(out, lst)
d = {1: "x"}
try:
    for k in d:
        del d[k]
except RuntimeError as exc:
    print("RuntimeError:", exc)
keys = {"k": 1}.keys()
try:
    src = {"k": 1}
    for k in src.values():
        src.pop("k")
except RuntimeError as exc:
    print("RuntimeError:", exc)
