# Indexing and slicing long non-ASCII strings (pyjit keeps a sparse char -> byte index).
s = "".join(chr(0x3b1 + (i % 20)) + ("x" if i % 7 == 0 else "") + ("😀" if i % 13 == 0 else "") for i in range(500))
print(len(s))
acc = 0
for i in range(len(s)):
    acc = (acc * 31 + ord(s[i])) % 1000003
print(acc)
acc = 0
for i in range(-1, -len(s) - 1, -1):
    acc = (acc * 17 + ord(s[i])) % 1000003
print(acc)
for a, b, c in [(0, 10, 1), (100, 200, 3), (-50, None, 2), (None, None, -7), (400, 10, -11), (33, 34, 1), (5, 600, 1)]:
    t = s[a:b:c]
    print(a, b, c, len(t), t[:5], t[-3:])
idx = [0, 1, 63, 64, 65, 127, 128, 300, len(s) - 1]
print("".join(s[i] for i in idx))
print(s.find("😀", 100), s.rfind("x"), s.count("😀"), s.index("β", 400))
t = s
t += "end"
print(len(t), t[-5:], t[len(s) - 2:len(s) + 1])
