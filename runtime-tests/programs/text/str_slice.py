def check(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

s = "abcdefghij"
for sl in [(None, None, None), (2, 5, None), (-3, None, None), (None, -3, None), (None, None, 2),
           (None, None, -1), (8, 2, -2), (-100, 100, None), (5, 2, None), (1, 9, 3), (9, None, -3)]:
    print(sl, repr(s[slice(*sl)]))
u = "héllo wörld ✓"
print(u[1:4], u[::-1], u[::3], u[-5:], u[2:2])
print(repr(u[100:]), repr(u[:0]))
check("step0", lambda: s[::0])
print(s[:], s[:] == s)
