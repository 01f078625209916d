class Name(str):
    def shout(self):
        return self.upper() + "!"
n = Name("bob")
print(n, repr(n), n.shout(), len(n), n[0], n == "bob", hash(n) == hash("bob"))
print(type(n + "x").__name__, type(n * 2).__name__, type(n[1:]).__name__, type(str(n)).__name__)
print("{}-{!r}".format(n, n), f"{n:>5}|", "%s" % n)
print(sorted([Name("b"), "a", Name("c")]))
print(n.split("o"), type(n.split("o")[0]).__name__, n.replace("x", "y"), type(n.replace("x", "y")).__name__)
print(isinstance(n, str), issubclass(Name, str), Name.__mro__[1].__name__)
d = {n: 1}
print(d["bob"], "bob" in d)
