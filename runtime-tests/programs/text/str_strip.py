def check(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

print(repr("  a b  ".strip()), repr("  a b  ".lstrip()), repr("  a b  ".rstrip()))
print(repr("\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f a \x85\xa0\u3000".strip()))
print("xxaxx".strip("x"), "xyaxy".strip("yx"), "abc".strip(""), "abc".strip(None))
print("ééaéé".strip("é"), "日本a日".lstrip("日本"), "abc".rstrip("cb"))
print(repr("".strip()), repr("   ".strip()), repr("xx".strip("x")))
check("strip int", lambda: "a".strip(1))
check("lstrip int", lambda: "a".lstrip(1))
check("strip 2", lambda: "a".strip("a", "b"))
