def check(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

for f in ["%5d", "%-5d", "%05d", "%+d", "% d", "%+05d", "%-+5d", "%5.3d", "%.0d"]:
    print(repr(f), repr(f % 42), repr(f % -42), repr(f % 0))
for f in ["%10.3f", "%-10.2f", "%010.2f", "%+.1e", "% .3g", "%#.0f", "%#g", "%#x", "%#08x", "%-#8o"]:
    print(repr(f), repr(f % 3.14159 if "x" not in f and "o" not in f else f % 255))
print(repr("%5s|%-5s|%.2s|%5.1s" % ("abc", "abc", "abc", "abc")))
print(repr("%*d|%-*d|%.*f|%*.*f" % (5, 1, 5, 2, 2, 3.14159, 8, 3, 2.71828)))
print(repr("%*s" % (-6, "ab")), repr("%5c|%-3c|" % ("x", 65)))
print(repr("%3s" % "日本"), repr("%-4r" % "é"))
