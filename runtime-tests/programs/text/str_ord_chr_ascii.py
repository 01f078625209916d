def check(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

print(ord("a"), ord("é"), ord("日"), ord("😀"), chr(97), chr(0x1F600), repr(chr(0)), repr(chr(0xD800)))
check("ord 2", lambda: ord("ab"))
check("ord empty", lambda: ord(""))
check("ord int", lambda: ord(1))
check("chr big", lambda: chr(0x110000))
check("chr neg", lambda: chr(-1))
print(ascii("é"), ascii("日本"), ascii(["é", "x"]), ascii("\n"), ascii("😀"))
print(repr(str(b"\xff")), ord(b"a"), ord(bytearray(b"z")))
