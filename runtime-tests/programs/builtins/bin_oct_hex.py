# bin, oct, hex on ints (negative, big, bool) and objects with __index__.
for n in [0, 1, 5, -5, 255, -256, 2**64, -(2**70) + 1]:
    print(bin(n), oct(n), hex(n))
print(bin(True), hex(False))

class Idx:
    def __index__(self):
        return 42

print(bin(Idx()), oct(Idx()), hex(Idx()))

for f in (bin, oct, hex):
    for bad in [1.5, "10", None]:
        try:
            f(bad)
        except TypeError as e:
            print("TypeError:", e)

class BadIdx:
    def __index__(self):
        return "x"

try:
    hex(BadIdx())
except TypeError as e:
    print("TypeError:", e)
try:
    hex(1, 2)
except TypeError as e:
    print("TypeError:", e)
