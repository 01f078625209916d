s = ""
for i in range(2000):
    s += "ab"
print(len(s), s[:6], s[-4:])
t = ""
for i in range(300):
    t = t + str(i % 10)
print(len(t), t[:12])
u = "é"
for _ in range(10):
    u += u
print(len(u), u[500], u.count("é"))
parts = []
for i in range(100):
    parts.append(f"{i:02d}")
print("".join(parts)[:20], len("".join(parts)))
acc = ""
for word in "the quick brown fox".split():
    acc += word[0].upper() + word[1:] + " "
print(repr(acc.strip()))
