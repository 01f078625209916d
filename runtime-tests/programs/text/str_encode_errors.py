def check(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

s = "aé€😀\udc80z"
for enc in ["ascii", "latin-1", "utf-8"]:
    for err in ["strict", "replace", "ignore", "backslashreplace", "xmlcharrefreplace", "surrogateescape", "namereplace", "surrogatepass"]:
        try:
            print(enc, err, s.encode(enc, err))
        except UnicodeEncodeError as e:
            print(enc, err, "!!", e)
try:
    "ab€€c".encode("ascii")
except UnicodeEncodeError as e:
    print(e.encoding, repr(e.object), e.start, e.end, e.reason)
    print(e.args)
check("bad handler", lambda: "\udc80".encode("utf-8", "bogus"))
print("ok".encode("utf-8", "bogus"))
print("\udcff".encode("utf-8", "surrogateescape"), "\udc41".encode("ascii", "replace"))
