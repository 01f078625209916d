def check(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

print(bytes(), bytes(3), bytes([65, 66, 67]), bytes((1, 2)), bytes(range(3)), bytes(b"xy"), bytes(bytearray(b"z")))
print(bytes("é", "utf-8"), bytes("abc", "ascii"), bytes("é", "latin-1"), bytes("x", encoding="utf-16-le"))
print(bytes(memoryview(b"mv")), bytes(x for x in [1, 2]))
print(bytearray(), bytearray(2), bytearray([1, 255]), bytearray("é", "utf-8"), bytearray(b"ab"))
check("str no enc", lambda: bytes("a"))
check("negative", lambda: bytes(-1))
check("out of range", lambda: bytes([256]))
check("not int item", lambda: bytes(["a"]))
check("float", lambda: bytes(1.5))
check("enc without str", lambda: bytes(b"x", "utf-8"))
check("errors without str", lambda: bytes(5, errors="strict"))
check("bytearray str", lambda: bytearray("a"))
check("encode error", lambda: bytes("é", "ascii"))
class B:
    def __bytes__(self):
        return b"from __bytes__"
print(bytes(B()))
class Idx:
    def __index__(self):
        return 2
print(bytes(Idx()), bytes([Idx()]))
