def check(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

print(repr(str()), str(5), str(-1.5), str(None), str(True), str([1, "a"]), str("x"))
print(str(b"abc"), str(b"\xc3\xa9", "utf-8"), str(b"abc", encoding="ascii"), str(b"a\xff", "utf-8", "replace"))
print(str(bytearray(b"xy"), "latin-1"), str(object="kw"), str(errors="strict"))
check("decode int", lambda: str(1, "utf-8"))
check("decode str", lambda: str("a", "utf-8"))
check("too many", lambda: str(b"a", "utf-8", "strict", 1))
check("bad enc", lambda: str(b"a", "nope"))
check("bad bytes", lambda: str(b"\xff", "utf-8"))
class S:
    def __str__(self):
        return "S!"
class R:
    def __repr__(self):
        return "R!"
class Bad:
    def __str__(self):
        return 5
print(str(S()), str(R()), repr(R()))
check("bad __str__", lambda: str(Bad()))
class MyStr(str):
    pass
m = MyStr("hey")
print(m, type(m).__name__, m.upper(), type(m.upper()).__name__, m + "!", len(m), isinstance(m, str))
