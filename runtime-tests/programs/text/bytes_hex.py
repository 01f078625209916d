def check(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

b = bytes(range(0, 256, 51))
print(b.hex(), b.hex(":"), b.hex("-", 2), b.hex("-", -2), b.hex(b"|", 3), b"".hex())
print(bytes.fromhex("00ff10"), bytes.fromhex(" 0a 0B  cc "), bytearray.fromhex("abcd"), bytes.fromhex(""))
print(type(bytearray.fromhex("00")).__name__)
check("odd", lambda: bytes.fromhex("a"))
check("bad char", lambda: bytes.fromhex("zz"))
check("bad second", lambda: bytes.fromhex("0z"))
check("not str", lambda: bytes.fromhex(b"00"))
check("sep long", lambda: b"ab".hex("--"))
print(bytearray(b"\x01\x02").hex(), memoryview(b"\xab").hex())
