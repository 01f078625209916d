def check(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

print("a=b=c".partition("="), "a=b=c".rpartition("="))
print("abc".partition("x"), "abc".rpartition("x"))
print("abc".partition("abc"), "abc".rpartition("a"), "".partition("x"))
print("日=本".partition("="), "k: v: w".partition(": "))
check("empty", lambda: "a".partition(""))
check("rempty", lambda: "a".rpartition(""))
check("int", lambda: "a".partition(1))
check("none", lambda: "a".partition())
