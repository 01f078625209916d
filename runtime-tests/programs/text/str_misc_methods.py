def check(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

print("ab".__getnewargs__(), "a".__sizeof__(), "é".__sizeof__(), "日".__sizeof__(), "😀".__sizeof__())
print("abc".__len__(), "abc".__contains__("b"), "abc".__getitem__(1), "ab".__add__("c"), "ab".__mul__(2))
print("a".__eq__("a"), "a".__lt__("b"), "a".__eq__(1), "a".__hash__() == hash("a"))
print("%s!".__mod__("x"), "x".__rmod__("%s?"), "x".__rmod__(5))
print(hash("abc") == hash("ab" + "c"), hash("") == hash(""), len({"a", "a", "b"}))
d = {"k": 1, "é": 2}
print(d["k"], d["é"], "k" in d, "x" in d)
print(str.__name__, type("").__name__, isinstance("", str), str in type("").__mro__)
