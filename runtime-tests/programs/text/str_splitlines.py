def check(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

s = "a\nb\r\nc\rd\x0be\x0cf\x1cg\x1dh\x1ei\x85j\u2028k\u2029l"
print(s.splitlines())
print(s.splitlines(True))
print("".splitlines(), "\n".splitlines(), "\n\n".splitlines(True), "x\n".splitlines())
print("a\r\n\r\nb".splitlines(keepends=True))
print("no newline".splitlines(), "x\x1fy".splitlines())
check("splitlines 2", lambda: "a".splitlines(1, 2))
