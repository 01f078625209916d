def check(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

print("%s|%r|%a" % ("é", "é", "é"))
print("%d %i %u" % (42, -7, 3), "%d" % 3.99, "%d" % True, "%d" % (2**70))
print("%x %X %o" % (255, 255, 8), "%x" % -255, "%#x %#X %#o" % (255, 255, 8))
print("%f %F %e %E %g %G" % (1.5, 2.5, 12345.678, 0.00012, 1e20, 1e-10))
print("%.2f %.0f %.3e %.10g" % (3.14159, 2.5, 1234.5, 1 / 3))
print("%c%c%c" % (72, "i", 0x1F600))
print("100%% sure", "%s%%" % 5, "%%")
print("%s" % [1, 2], "%s" % ((1, 2),), "%r" % "q", "%s %s" % (None, True))
print("%f" % 1, "%e" % 10, "%g" % 100000, "%g" % 1000000, "%.3g" % 0.0001234)
print("%f %f %f" % (float("inf"), float("-inf"), float("nan")))
print("%s" % "only", "%s" % ("tuple1",), "x" % ())
