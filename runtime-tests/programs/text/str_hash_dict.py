# str and bytes as dict keys: equal values hash equal, however they were built.
keys = ["", "a", "ab" + "c", "".join(["x", "y"]), "é" * 3, "日本", "a" * 100, "%s-%d" % ("k", 1), f"{'f'}{2}"]
d = {}
for i, k in enumerate(keys):
    d[k] = i
print(d["abc"], d["xy"], d["ééé"], d["日本"], d["a" * 100], d["k-1"], d["f2"], d[""])
print(hash("abc") == hash("".join("abc")), hash("日本") == hash("日" + "本"))
print(hash(b"abc") == hash(bytes([97, 98, 99])), hash("") == hash(""))
counts = {}
for w in "the cat and the hat and the bat".split():
    counts[w] = counts.get(w, 0) + 1
print(sorted(counts.items()))
s = {"a", "b", "a", "é", "é"}
print(len(s), "é" in s, "z" in s)
print({b"x": 1}[b"x"], b"x" in {b"x"}, len({b"a", bytes(b"a")}))
big = {str(i): i for i in range(1000)}
print(len(big), big["999"], big["0"], "1000" in big)
