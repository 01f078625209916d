def check(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

s = "hello"
for i in [0, 1, 4, -1, -5]:
    print(i, s[i])
check("s[5]", lambda: s[5])
check("s[-6]", lambda: s[-6])
check("s['a']", lambda: s['a'])
check("s[1.0]", lambda: s[1.0])
check("s[None]", lambda: s[None])
u = "aé日😀z"
print([u[i] for i in range(len(u))])
print([u[-i] for i in range(1, len(u) + 1)])
check("u[5]", lambda: u[5])
long = "é" * 100 + "x" + "ü" * 100
print(long[100], long[0], long[-1], long[150], len(long))
total = 0
for i in range(len(long)):
    total += ord(long[i])
print(total)
print(True and "abc"[True], "abc"[False])
