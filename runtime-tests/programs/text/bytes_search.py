def check(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

b = b"hello world, hello"
for args in [(b"o",), (b"hello", 1), (b"o", 5, 8), (b"z",), (b"",), (111,), (ord("h"), 1)]:
    print(args, b.find(*args), b.rfind(*args), b.count(*args))
print(b.index(b"world"), b.rindex(b"o"), b.startswith(b"hell"), b.endswith((b"x", b"llo")))
print(b.startswith(b"world", 6), b.endswith(b"hello", 0, 5), bytearray(b"abc").find(b"c"))
check("index missing", lambda: b.index(b"xyz"))
check("find str", lambda: b.find("a"))
check("find 300", lambda: b.find(300))
check("sw str", lambda: b.startswith("a"))
check("sw tuple str", lambda: b.startswith(("a",)))
print(b.find(memoryview(b"wor")), b.count(bytearray(b"l")))
