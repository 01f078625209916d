def check(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

t = str.maketrans("abc", "xyz")
print(sorted(t.items()))
print("aabbcc".translate(t), "hello".translate(t))
t2 = str.maketrans("ab", "AB", "c")
print(sorted(t2.items()), "abcabc".translate(t2))
t3 = str.maketrans({"a": "1", "b": None, ord("c"): "CC", "é": 101})
print(sorted(t3.items()), "abcé".translate(t3))
print("abc".translate({97: None, 98: "日"}), "abc".translate({}))
print("hello".translate(str.maketrans("", "", "l")))
check("maketrans one non-dict", lambda: str.maketrans("a"))
check("maketrans unequal", lambda: str.maketrans("ab", "c"))
check("maketrans long key", lambda: str.maketrans({"ab": 1}))
check("maketrans float key", lambda: str.maketrans({1.5: 1}))
check("translate bad value", lambda: "a".translate({97: 1.5}))
check("translate range", lambda: "a".translate({97: 0x110000}))
check("translate int", lambda: "a".translate(1))
class Table:
    def __getitem__(self, k):
        if k == ord("x"):
            raise LookupError
        return k + 1
print("abx".translate(Table()))
