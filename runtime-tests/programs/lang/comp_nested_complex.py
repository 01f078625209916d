# More comprehension shapes: nested with multiple conditions, unpacking, walrus.
pairs = [(a, b) for a in range(1, 5) if a % 2 for b in range(a, 6) if (a + b) % 3 == 0]
print(pairs)
triples = [(a, b, c) for c in range(1, 21) for b in range(1, c) for a in range(1, b) if a * a + b * b == c * c]
print(triples)
data = {"x": [1, 2], "y": [], "z": [3]}
print({k: sum(v) for k, v in data.items() if v})
print([[k] * len(v) for k, v in sorted(data.items())])
print([(i, j) for i, row in enumerate([[1, 2], [3]]) for j, _ in enumerate(row)])
print([a * b for a, b in [(1, 2), (3, 4)]])
print([first for first, *_ in ["abc", "de"]])
transposed = list(zip(*[[1, 2, 3], [4, 5, 6]]))
print(transposed)
flat = [c for word in ["ab", "cd"] for c in word]
print(flat)
print({ch: [w for w in ["apple", "avocado", "banana"] if w[0] == ch] for ch in "ab"})
print([[y for y in range(x) if y % 2] for x in range(6)])
values = [3, -1, 4, -1, 5]
print([v if v > 0 else 0 for v in values], [abs(v) for v in values if v < 0])
print(sum(len(s) for s in ["a", "bb", "ccc"]), list(sorted({len(s) for s in ["a", "bb", "b"]})))
print([(lambda n: n * 10)(i) for i in range(3)])
print([i for i in range(3) for i in range(i)])
print(max((len(w), w) for w in "the quick brown fox".split()))
