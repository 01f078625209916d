# Odds and ends of str.format, format() and % that programs rely on.
rows = [("apple", 3, 1.5), ("kiwi", 12, 0.25), ("watermelon", 1, 12.0)]
for name, qty, price in rows:
    print("{:<12}|{:>4d}|{:8.2f}|{:>8}".format(name, qty, price, "%.1f%%" % (price * 10)))
print("{0:-^30}".format(" table "))
print("%-10s|%5s|%s" % ("left", "right", "end"))
print("{:,d} {:_b} {:#o} {:+.3e} {:.2%}".format(1234567, 10, 64, 12345.6789, 0.4567))
print("{0!r:>10} {0!s:<6}|".format("q"))
print(format(3.0), format(3.0, ""), format(3.0, "g"), format(1e-7), format(123456789.0, ".3"))
print("{:>{width}.{prec}f}|".format(3.14159265, width=12, prec=4))
print(f"{'abc':{'^'}{9}}|{12:0{5}d}|{0.5:{'.1'}%}")
print("a{}b{}c".format(*"XY"), "{x}{y}".format(**{"x": 1, "y": 2}))
print("%(a)s %(b)s" % dict(a=1, b=2), "%c%c%c" % tuple(map(ord, "abc")))
print(str.format("{}-{}", 1, 2), str.__mod__("%s", 5))
