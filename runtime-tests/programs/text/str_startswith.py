def check(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

s = "hello world"
print(s.startswith("hello"), s.startswith("world"), s.startswith(""), s.startswith("world", 6))
print(s.endswith("world"), s.endswith("hello"), s.endswith("hello", 0, 5), s.endswith("o", 0, -6))
print(s.startswith(("x", "he")), s.endswith(("x", "y")), s.startswith(()))
print(s.startswith("", 11), s.startswith("", 12), s.endswith("", 5, 2))
check("sw int", lambda: s.startswith(1))
check("ew int", lambda: s.endswith(1))
check("sw tuple int", lambda: s.startswith(("a", 1)))
check("sw tuple hit first", lambda: s.startswith(("h", 1)))
check("sw none", lambda: s.startswith())
print("ünï".startswith("ün"), "ünï".endswith("ï", 1), "ünï".startswith("n", 1))
