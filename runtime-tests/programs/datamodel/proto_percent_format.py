class I:
    def __index__(self):
        return 65
class N:
    def __int__(self):
        return 7
class F:
    def __float__(self):
        return 2.5
class BS:
    def __str__(self):
        return 5
class BR:
    def __repr__(self):
        return None
for fmt, v in [("%c", I()), ("%x", I()), ("%d", N()), ("%d", F()), ("%f", F()), ("%f", I()), ("%e", N()), ("%x", 2.0), ("%c", 2.0), ("%c", "ab"), ("%s", BS()), ("%r", BR()), ("%a", BR()), ("%i", "3"), ("%o", N()), ("%X", I()), ("%g", I()), ("%5.2s", BS())]:
    try:
        print(fmt, repr(fmt % v))
    except (TypeError, ValueError, OverflowError) as e:
        print(fmt, type(e).__name__, e)
print("%(a)s %(b)r" % {"a": BB.__name__, "b": "x"})
class BB:
    pass
class M:
    def __getitem__(self, k):
        return k * 2
print("%(ab)s" % M())
try:
    "%s %s" % (1,)
except TypeError as e:
    print(e)
try:
    "%s" % (1, 2)
except TypeError as e:
    print(e)
print("%s" % [1], "%s" % (1,), "%s%%" % 5)
try:
    "%(a)s" % 5
except TypeError as e:
    print(e)
print(b"%s" % b"x", b"%d" % I())
class BB:
    def __bytes__(self):
        return b"bb"
print(b"%s" % BB(), b"%b" % BB())
try:
    b"%s" % "str"
except TypeError as e:
    print(e)
