# f-strings and printf-style formatting of numbers.
pi = 3.141592653589793
n = 42
print(f"{pi:.3f} {pi:10.4f} {pi:<10.2f}| {pi:e} {pi:g} {n:05d} {n:x} {n:#o} {n:,} {-n:+}")
print(f"{n!r} {pi!s} {pi!r} {1e21} {1e-5} {n:{'>'}{8}}")
width, prec = 12, 4
print(f"{pi:{width}.{prec}f}|{2 ** 64:,}|{0.1 + 0.2}|{1 / 3:.2%}")
print("%d %i %5d %-5d| %05d %+d % d" % (n, -n, n, n, n, n, n))
print("%x %X %#x %o %#o %e %E %f %g %G" % (255, 255, 255, 8, 8, pi, pi, pi, 1e-5, 1e20))
print("%.2f %10.3f %-10.1f| %s %r %c" % (pi, pi, pi, pi, 1.0, 65))
print("%d" % 3.99, "%x" % 255, "%s" % (1 + 2j,), "%.0f" % 2.5, "%.0f" % 3.5)
print("%(a)d-%(b).1f" % {"a": 1, "b": 2.25})
for fmt, v in (("%d", "x"), ("%x", 1.5), ("%c", 1.5), ("%d", None)):
    try:
        print(fmt % v)
    except TypeError as e:
        print("TypeError:", e)
print("{:.3}".format(1.0), "{:.3}".format(1234.5), "{}".format(1e16), "{:n}".format(1234567))
