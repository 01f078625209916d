def check(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

check("not enough", lambda: "%s %s" % (1,))
check("not all", lambda: "%s" % (1, 2))
check("not all single", lambda: "no format" % 5)
check("%d str", lambda: "%d" % "a")
check("%x float", lambda: "%x" % 1.5)
check("%f str", lambda: "%f" % "a")
check("%c big", lambda: "%c" % 0x110000)
check("%c str2", lambda: "%c" % "ab")
check("%c float", lambda: "%c" % 1.5)
check("unsupported", lambda: "%z" % 1)
check("unsupported index", lambda: "ab %y" % 1)
check("incomplete", lambda: "%" % 1)
check("incomplete 2", lambda: "abc %5" % 1)
check("star not int", lambda: "%*d" % ("a", 1))
check("%d None", lambda: "%d" % None)
check("%i list", lambda: "%i" % [1])
check("empty tuple", lambda: "%s" % ())
print(repr("%s" % ""))
