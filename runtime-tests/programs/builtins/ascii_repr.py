# repr and ascii of strings and objects.
print(repr("plain"), repr("it's"), repr('say "hi"'), repr("both ' and \""))
print(repr("tab\t nl\n cr\r bs\\ nul\x00"))
print(repr("é日😀"), ascii("é日😀"))
print(ascii("plain"), ascii(123), ascii([1, "é"]))
print(ascii("\x7f\x80\xff\u0100\uffff\U00010000"))
print(repr(1), repr(2.5), repr(None), repr(True), repr([1, 'a']), repr((1,)), repr({}))

class R:
    def __repr__(self):
        return "R()"

class S:
    def __repr__(self):
        return "Sé"

print(repr(R()), ascii(R()), repr(S()), ascii(S()))

class Bad:
    def __repr__(self):
        return 5

try:
    repr(Bad())
except TypeError as e:
    print("TypeError:", e)
for f in (repr, ascii):
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)
