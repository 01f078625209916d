# The Unicode errors: constructor arguments, attributes and str.

e = UnicodeDecodeError("utf-8", b"\xff\xfe", 0, 1, "invalid start byte")
print(str(e))
print(e.encoding, e.object, e.start, e.end, e.reason)
print(str(UnicodeDecodeError("utf-8", b"ab\xff\xfe", 2, 4, "bad")))

e = UnicodeEncodeError("ascii", "h\xe9llo", 1, 2, "ordinal not in range(128)")
print(str(e))
print(e.encoding, e.object, e.start, e.end, e.reason)
print(str(UnicodeEncodeError("ascii", "\u1234", 0, 1, "r")))
print(str(UnicodeEncodeError("ascii", "\U0001F600", 0, 1, "r")))
print(str(UnicodeEncodeError("ascii", "abc", 0, 3, "r")))

e = UnicodeTranslateError("\u20ac", 0, 1, "no mapping")
print(str(e), e.encoding, e.object)

try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print(str(e))
try:
    "\xe9".encode("ascii")
except UnicodeEncodeError as e:
    print(str(e))

for bad in [lambda: UnicodeEncodeError("a"), lambda: UnicodeEncodeError(1, "b", 0, 1, "r"),
            lambda: UnicodeDecodeError("a", "not bytes", 0, 1, "r")]:
    try:
        bad()
    except TypeError as t:
        print("TypeError:", t)
print(issubclass(UnicodeDecodeError, ValueError))
