def check(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

words = ["hello World", "HELLO", "mIxEd CaSe 123", "ß straße", "ΣΑΣ ΟΔΟΣ", "ǆemal ǅ", "ﬁre ﬂy",
         "they're bill's friends", "hello_world-foo bar2baz", "ÉCOLE", "İstanbul", "", "123", "a1b2"]
for w in words:
    print(repr(w), repr(w.lower()), repr(w.upper()), repr(w.swapcase()))
    print("  ", repr(w.title()), repr(w.capitalize()), repr(w.casefold()))
check("lower arg", lambda: "a".lower(1))
check("upper kw", lambda: "a".upper(x=1))
