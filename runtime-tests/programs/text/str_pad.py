def check(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

for w in [0, 3, 5, 6, 7, 10]:
    print(w, repr("abc".center(w)), repr("abc".ljust(w, "*")), repr("abc".rjust(w, "é")))
print(repr("ab".center(5, "-")), repr("ab".center(6, "-")), repr("abc".center(6, "-")))
print(repr("a".center(4)), repr("".center(3, "x")))
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "abc".zfill(6), "".zfill(3), "-".zfill(3), "12345".zfill(3))
check("center none", lambda: "a".center())
check("center fill int", lambda: "a".center(5, 1))
check("center fill 2", lambda: "a".center(5, "ab"))
check("center 3 args", lambda: "a".center(5, "x", 1))
check("zfill str", lambda: "a".zfill("5"))
check("ljust float", lambda: "a".ljust(2.0))
print(repr("a".center(-5)), repr("é".rjust(3)))
