def check(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

data = [b"abc", b"\xc3\xa9", b"a\xffb", b"\xe2\x82", b"\xe2\x82a", b"\xed\xa0\x80", b"\xf0\x9f\x98\x80", b"\xf0\x9f", b"\x80abc"]
for d in data:
    for err in ["strict", "replace", "ignore", "backslashreplace", "surrogateescape"]:
        try:
            print(d, err, ascii(d.decode("utf-8", err)))
        except UnicodeDecodeError as e:
            print(d, err, "!!", e)
for d in [b"a\xffb", b"\x80"]:
    for enc in ["ascii", "latin-1", "cp1252"]:
        try:
            print(d, enc, ascii(d.decode(enc)))
        except UnicodeDecodeError as e:
            print(d, enc, "!!", e)
try:
    b"ab\xff\xfe".decode()
except UnicodeDecodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason)
print(b"\xff\xfea\x00".decode("utf-16"), b"a\x00".decode("utf-16-le"), b"\x00a".decode("utf-16-be"))
check("utf16 odd", lambda: b"a\x00b".decode("utf-16"))
print(b"a\x00\x00\x00".decode("utf-32-le"), bytearray(b"hi").decode())
check("unknown enc", lambda: b"a".decode("nope"))
check("bad handler", lambda: b"\xff".decode("utf-8", "bogus"))
print(b"ok".decode("utf-8", "bogus"))
