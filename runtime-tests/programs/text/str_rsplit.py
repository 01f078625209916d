def check(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

print("a b  c".rsplit(), "  a b  ".rsplit(None, 1), "a b c d".rsplit(maxsplit=2))
print("a,b,,c".rsplit(","), "a,b,c".rsplit(",", 1), ",a,".rsplit(","))
print("a::b::c".rsplit("::", 1), "aaa".rsplit("a", 1), "abc".rsplit("x"))
print("  lead".rsplit(None, 0), "trail  ".rsplit(None, 0))
print("x日y日z".rsplit("日", 1), "日 本 語".rsplit(None, 1))
check("empty sep", lambda: "a".rsplit(""))
check("int sep", lambda: "a".rsplit(1))
