def check(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

ba = bytearray(b"ab")
orig = ba
ba += b"cd"
print(ba, ba is orig)
ba *= 2
print(ba, ba is orig)
print(ba + b"!", type(ba + b"!").__name__, b"?" + ba, ba * 0)
print(bytearray(b"a") == b"a", bytearray(b"a") < bytearray(b"b"), bytearray(b"b") >= b"a")
print(repr(bytearray(b"x")), str(bytearray(b"\x00")))
check("+ str", lambda: bytearray() + "a")
ba2 = bytearray(b"abc")
for x in ba2:
    print(x, end=" ")
print()
print(list(reversed(bytearray(b"xyz"))), bytearray(b"abc").decode())
