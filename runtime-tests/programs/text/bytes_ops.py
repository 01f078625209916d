def check(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

print(b"a" + b"b", b"a" + bytearray(b"b"), bytearray(b"a") + b"b", b"ab" * 3, 0 * b"x")
print(b"a" < b"b", b"ab" < b"abc", b"b" > b"abc", b"a" == bytearray(b"a"), b"a" != b"b", b"\xff" > b"\x00")
print(hash(b"abc") == hash(b"ab" + b"c"), len(b"abc"), bool(b""), bool(b"\x00"))
check("bytes + str", lambda: b"a" + "b")
check("bytes * str", lambda: b"a" * "b")
check("bytes < str", lambda: b"a" < "a")
print(b"a" == "a", b"" == bytearray())
check("hash bytearray", lambda: hash(bytearray(b"a")))
d = {b"k": 1}
print(d[b"k"], b"k" in d)
print(sorted([b"b", b"a", b"ab", b""]))
