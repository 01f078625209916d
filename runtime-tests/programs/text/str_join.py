def check(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

print("-".join(["a", "b", "c"]), "".join([]), ", ".join(("x",)), "é".join("abc"))
print("".join(c * 2 for c in "xyz"), "-".join(["", ""]), "/".join({"k": 1}))
print("+".join(map(str, range(5))))
check("non-str item", lambda: "-".join(["a", 1]))
check("bytes item", lambda: "-".join([b"a"]))
check("not iterable", lambda: "-".join(5))
check("no args", lambda: "-".join())
big = ",".join(str(i) for i in range(1000))
print(len(big), big[:20], big[-10:])
