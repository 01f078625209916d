def check(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

print(b"%s %d %r %a %x %c %c" % (b"x", 5, "y", "z", 255, 65, b"B"))
print(b"%b|%5s|%-5s|%.1s" % (bytearray(b"q"), b"ab", b"ab", b"ab"))
print(b"%5.1f|%-4d|%05d|%+.2e|%#x|%o" % (2.25, 7, -3, 1234.5, 255, 8))
print(b"%(a)s-%(b)d" % {b"a": b"v", b"b": 2}, b"100%%", b"%i" % 3.7)
print(bytearray(b"%s") % b"ba", type(bytearray(b"%s") % b"x").__name__)
check("str arg", lambda: b"%s" % "a")
check("int arg", lambda: b"%s" % 1)
check("%c big", lambda: b"%c" % 300)
check("%c str", lambda: b"%c" % "a")
check("%x float", lambda: b"%x" % 3.7)
check("not enough", lambda: b"%s %s" % (b"a",))
check("not all", lambda: b"%s" % (b"a", b"b"))
check("unsupported", lambda: b"%z" % 1)
class HasBytes:
    def __bytes__(self):
        return b"HB"
print(b"[%s]" % HasBytes())
