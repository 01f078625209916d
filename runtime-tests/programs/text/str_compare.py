def check(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

pairs = [("a", "b"), ("b", "a"), ("a", "a"), ("", "a"), ("abc", "abd"), ("ab", "abc"),
         ("Z", "a"), ("é", "z"), ("\uffff", "\U00010000"), ("\ud800", "\ue000"), ("日", "本")]
for a, b in pairs:
    print(repr(a), repr(b), a < b, a <= b, a == b, a != b, a > b, a >= b)
check("lt int", lambda: "a" < 1)
check("eq int", lambda: "a" == 1)
print(sorted(["b", "A", "é", "a", "B", "ß", ""]))
print(max("hello"), min("hello"))
print("abc" == "ab" + "c", "abc" != "abd")
