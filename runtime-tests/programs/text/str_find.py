def check(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

s = "hello world, hello"
for args in [("o",), ("hello",), ("hello", 1), ("o", 5, 8), ("z",), ("",), ("", 30), ("", 19),
             ("o", -5), ("l", -100, 3), ("world", 6, 11), ("world", 6, 10)]:
    print(args, s.find(*args), s.rfind(*args))
print(s.index("world"), s.rindex("o"))
check("index missing", lambda: s.index("xyz"))
check("rindex missing", lambda: s.rindex("xyz", 0, 3))
check("find int", lambda: s.find(1))
check("find none", lambda: s.find())
check("find kw", lambda: s.find(sub="a"))
check("find 4 args", lambda: s.find("a", 1, 2, 3))
check("find float start", lambda: s.find("a", 1.5))
print(s.find("o", None, None), s.find("o", None, 5))
u = "ünïcödé ünï"
print(u.find("ï"), u.rfind("ï"), u.find("cö", 2), u.index("é"))
