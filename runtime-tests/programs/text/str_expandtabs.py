def check(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

s = "a\tbc\tdef\tg\n\tx\r\ty"
print(repr(s.expandtabs()))
print(repr(s.expandtabs(4)), repr(s.expandtabs(1)), repr(s.expandtabs(0)), repr(s.expandtabs(-1)))
print(repr(s.expandtabs(tabsize=3)), repr("no tabs".expandtabs()))
print(repr("é\tx".expandtabs(4)))
check("bad", lambda: "a".expandtabs("x"))
check("2 args", lambda: "a".expandtabs(1, 2))
