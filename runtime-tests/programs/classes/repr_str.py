class Both:
    def __repr__(self):
        return "Both()"

    def __str__(self):
        return "a Both"


class ReprOnly:
    def __repr__(self):
        return "ReprOnly<>"


class StrOnly:
    def __str__(self):
        return "just str"


b = Both()
print(b, repr(b), str(b), [b], (b,), {1: b})
print(f"{b} {b!r}")
r = ReprOnly()
print(r, str(r), [r])
s = StrOnly()
print(s, str(s))
print(repr(s).startswith("<__main__.StrOnly object at 0x"))


class BadRepr:
    def __repr__(self):
        return 42


try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)


class BadStr:
    def __str__(self):
        return None


try:
    str(BadStr())
except TypeError as e:
    print("TypeError:", e)


class Nested:
    class Inner:
        pass


print(repr(Nested.Inner()).startswith("<__main__.Nested.Inner object at 0x"))
print(Nested.Inner, Nested.Inner.__qualname__, Nested.Inner.__name__)
print(Both, Both.__module__)
print(str(Both), repr(ReprOnly))
