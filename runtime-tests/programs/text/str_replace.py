def check(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

s = "one two one two one"
print(s.replace("one", "1"), s.replace("one", "1", 2), s.replace("one", "1", 0), s.replace("one", "1", -1))
print(s.replace("x", "y"), s.replace("", "-"), "abc".replace("", "-", 2), "".replace("", "x"))
print("aaaa".replace("aa", "b"), "aaa".replace("a", ""), "日本日".replace("日", "月"), "é".replace("é", "e"))
print("abc".replace("b", "日"), "a.b.c".replace(".", "", 1))
check("no args", lambda: s.replace("a"))
check("int old", lambda: s.replace(1, "a"))
check("int new", lambda: s.replace("a", 1))
check("kw", lambda: s.replace(old="a", new="b"))
check("count str", lambda: s.replace("a", "b", "c"))
