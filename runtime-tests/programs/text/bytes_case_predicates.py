def check(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

for b in [b"Hello World", b"ABC", b"abc", b"a1", b"123", b"", b" \t", b"Hello world", b"\xe9t\xe9"]:
    print(b, b.lower(), b.upper(), b.swapcase(), b.title(), b.capitalize())
    print("  ", [b.isalpha(), b.isalnum(), b.isdigit(), b.isspace(), b.islower(), b.isupper(), b.istitle(), b.isascii()])
check("lower arg", lambda: b"a".lower(1))
