def check(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

s = "abababa"
print(s.count("a"), s.count("aba"), s.count("ab"), s.count(""), s.count("x"))
print(s.count("a", 2), s.count("a", 2, 5), s.count("a", -3), s.count("", 2, 4), s.count("", 10))
print("".count(""), "".count("a"), "aaaa".count("aa"))
print("日本日本日".count("日"), "日本日本日".count("日本", 1))
check("count no args", lambda: s.count())
check("count int", lambda: s.count(1))
check("count 4", lambda: s.count("a", 1, 2, 3))
