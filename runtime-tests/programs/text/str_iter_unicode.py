s = "aé日😀\u0301"
print([c for c in s], [ord(c) for c in s], len(s))
print([s[i] for i in range(len(s) - 1, -1, -1)])
print(list(enumerate("xé")), sorted("bca"), "".join(sorted("日本語")))
print([chr(c) for c in [97, 233, 26085, 128512]], "".join(map(chr, range(945, 950))))
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(sorted(counts.items()))
print(max("日本😀"), min("aé"), "é" < "日" < "😀")
