def check(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

print(b"a b  c".split(), b"a,b,,c".split(b","), b"a b c".split(None, 1), b"a b c".rsplit(maxsplit=1))
print(b"a,b,c".rsplit(b",", 1), b"  x  ".strip(), b"xxaxx".strip(b"x"), b"  x ".lstrip(), b" x  ".rstrip())
print(b"a\nb\r\nc\rd".splitlines(), b"a\nb\r\n".splitlines(True))
print(b"a=b=c".partition(b"="), b"a=b=c".rpartition(b"="), b"abc".partition(b"x"))
print(b"-".join([b"a", b"b", bytearray(b"c")]), b"".join([]), bytearray(b", ").join([b"x", b"y"]))
print(b"ab".center(6, b"*"), b"ab".ljust(4), b"ab".rjust(4, b"0"), b"-5".zfill(4), b"a\tb".expandtabs(4))
print(b"one two one".replace(b"one", b"1"), b"aaa".replace(b"a", b"b", 2), b"ab".replace(b"", b"-"))
print(b"pre_x".removeprefix(b"pre_"), b"x.py".removesuffix(b".py"))
check("split str", lambda: b"a".split("a"))
check("split empty", lambda: b"a".split(b""))
check("strip str", lambda: b"a".strip("a"))
check("join str", lambda: b"-".join(["a"]))
check("join int", lambda: b"-".join([1]))
check("center str fill", lambda: b"a".center(3, "x"))
check("replace str", lambda: b"a".replace("a", "b"))
check("partition empty", lambda: b"a".partition(b""))
ba = bytearray(b"a b")
print(ba.split(), type(ba.split()[0]).__name__, ba.upper(), type(ba.strip()).__name__)
