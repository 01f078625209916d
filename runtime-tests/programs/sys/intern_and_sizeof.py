# sys.intern and sys.getsizeof for a few common values.
import sys

a = "".join(["hel", "lo wor", "ld"])
b = sys.intern(a)
print(b == "hello world", sys.intern(b) is b)
try:
    sys.intern(5)
except TypeError as e:
    print("TypeError:", e)
for v in [0, 1, 2 ** 40, True, None, 1.5, "", "abc", (), (1, 2), b"", b"abc"]:
    print(repr(v), sys.getsizeof(v))
print(sys.getsizeof(object(), 99) > 0)
