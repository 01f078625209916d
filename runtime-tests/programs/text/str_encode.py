def check(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

for s in ["abc", "é", "日本", "😀", "a\x00b"]:
    for enc in ["utf-8", "utf8", "UTF-8", "latin-1", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-be", "ascii"]:
        try:
            print(repr(s), enc, s.encode(enc))
        except UnicodeEncodeError as e:
            print(repr(s), enc, "!!", e)
print("é".encode("cp1252"), "abc".encode(encoding="ascii"), "x".encode(errors="strict"))
check("unknown", lambda: "a".encode("nope"))
check("enc int", lambda: "a".encode(1))
check("errors int", lambda: "a".encode(errors=1))
