def check(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

b = b"hello"
print(b[0], b[-1], b[1:3], b[::-1], b[::2], b[10:], b[-100:2], b[4:1:-1])
check("b[5]", lambda: b[5])
check("b[-6]", lambda: b[-6])
check("b['a']", lambda: b["a"])
check("b[1.5]", lambda: b[1.5])
print(list(b), [x for x in b"\x00\xff"], tuple(b"ab"))
ba = bytearray(b"world")
print(ba[0], ba[-1], ba[1:3], ba[::-1], type(ba[1:2]).__name__)
check("ba[9]", lambda: ba[9])
print(97 in b"abc", b"bc" in b"abc", b"" in b"", bytearray(b"b") in b"abc", 300 in b"" if False else "x")
check("300 in", lambda: 300 in b"abc")
check("str in", lambda: "a" in b"abc")
