def check(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

print("a b  c".split(), "  a b  ".split(), "".split(), "   ".split())
print("a,b,,c".split(","), ",a,".split(","), "".split(","), "abc".split("b"))
print("a b c d".split(None, 1), "a b c d".split(maxsplit=2), "a b c".split(" ", 0))
print("a::b::c".split("::"), "a::b::c".split("::", 1), "aaa".split("a"))
print("a\tb\nc\x0bd\x0ce\rf\x1cg\x1dh\x1ei\x1fj\x85k\xa0l\u2000m\u3000n".split())
print("  lead".split(None, 0), "trail  ".split(None, 0), " both ".split(None, 0))
print("日 本\u3000語".split(), "x日y日z".split("日"))
check("empty sep", lambda: "a".split(""))
check("int sep", lambda: "a".split(1))
check("maxsplit float", lambda: "a".split(",", 1.5))
check("too many", lambda: "a".split(",", 1, 2))
check("bad kw", lambda: "a".split(x=1))
print("a-b-c".split(sep="-", maxsplit=1))
