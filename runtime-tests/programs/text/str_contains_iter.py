def check(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

print("b" in "abc", "x" in "abc", "" in "abc", "" in "", "bc" in "abc", "é" in "café")
check("int in str", lambda: 1 in "abc")
check("None in str", lambda: None in "abc")
print(list("abc"), list(""), list("日本😀"))
it = iter("hé")
print(next(it), next(it))
check("exhausted", lambda: next(it))
print([c.upper() for c in "xyz"])
print(type(iter("a")).__name__, type(iter("é")).__name__)
print("".join(reversed("hello")))
print(tuple("ab"), set("aaa") == {"a"})
