class R:
    def __repr__(self):
        return "R-repr"
print(str(R()), repr(R()), f"{R()}", [R()], (R(),), {1: R()}, "%s %r" % (R(), R()))
class S:
    def __str__(self):
        return "S-str"
print(str(S()), repr(S())[:12], [S()][0].__str__(), f"{S()!r}"[:12])
class Both:
    def __repr__(self):
        return "B-repr"
    def __str__(self):
        return "B-str"
print(Both(), [Both()], f"{Both()}", f"{Both()!r}", f"{Both()!s}", f"{Both()!a}")
class BadRepr:
    def __repr__(self):
        return 5
try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)
try:
    str(BadRepr())
except TypeError as e:
    print("TypeError:", e)
try:
    print([BadRepr()])
except TypeError as e:
    print("TypeError:", e)
class BadStr:
    def __str__(self):
        return None
try:
    str(BadStr())
except TypeError as e:
    print("TypeError:", e)
try:
    print(BadStr())
except TypeError as e:
    print("TypeError:", e)
try:
    f"{BadStr()}"
except TypeError as e:
    print("TypeError:", e)
class StrSub(str):
    pass
class RetSub:
    def __str__(self):
        return StrSub("sub")
    def __repr__(self):
        return StrSub("subrepr")
print(type(str(RetSub())).__name__, str(RetSub()), repr(RetSub()), type(repr(RetSub())).__name__)
class Uni:
    def __repr__(self):
        return "caf\u00e9 \u2603"
print(repr(Uni()), ascii(Uni()), f"{Uni()!a}")
class Rec:
    def __repr__(self):
        return "Rec(" + repr(self.child) + ")"
r = Rec()
r.child = [1, "two"]
print(r)
print(str(), str(""), repr(""), str(b"x"), repr(None))
