# common dict iteration patterns
scores = {"ann": 90, "bob": 72, "cy": 85, "dee": 72}
for name, s in scores.items():
    print(name, s)
print(sorted(scores, key=scores.get), max(scores, key=lambda k: scores[k]))
print(sorted(scores.items(), key=lambda kv: (-kv[1], kv[0])))
inv = {}
for k, v in scores.items():
    inv.setdefault(v, []).append(k)
print(inv)
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, sum(counts.values()), len(counts))
print({k: v for k, v in scores.items() if v > 80})
print(list(scores.keys())[1:3], [k for k in scores if k.startswith("b")])
merged = dict(scores)
merged.update({"bob": 0, "eve": 99})
print(merged)
print(dict(sorted(scores.items())))
