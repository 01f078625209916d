def check(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

print("prefix_body".removeprefix("prefix_"), "body".removeprefix("x"), "".removeprefix(""))
print("file.txt".removesuffix(".txt"), "file.txt".removesuffix(".py"), "aa".removesuffix("a"))
print("日本語".removeprefix("日"), "日本語".removesuffix("語"), "abc".removeprefix("abc"))
check("int", lambda: "a".removeprefix(1))
check("int suffix", lambda: "a".removesuffix(1))
check("none", lambda: "a".removeprefix())
