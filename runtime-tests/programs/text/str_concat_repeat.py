def check(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

print("ab" + "cd", "" + "x", "é" + "ü")
print("ab" * 3, 3 * "ab", "x" * 0, "x" * -2, repr("" * 5))
print("é" * 3, 2 * "日本")
check("str+int", lambda: "a" + 1)
check("int+str", lambda: 1 + "a")
check("str+None", lambda: "a" + None)
check("str*str", lambda: "a" * "b")
check("str*float", lambda: "a" * 2.0)
check("float*str", lambda: 2.5 * "a")
check("str+bytes", lambda: "a" + b"b")
s = "x"
s += "y"
s += "é"
print(s)
s *= 2
print(s)
print("ab" * True, "ab" * False == "")
