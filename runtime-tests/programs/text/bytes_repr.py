for b in [b"", b"abc", b"'", b'"', b"'\"", b"\\", b"\n\t\r\x00\x7f\x80\xff", bytes(range(0, 256, 17))]:
    print(repr(b), str(b), len(b))
print(repr(bytearray(b"x'y")), repr(bytearray()), str(bytearray(b"\x01")))
print(b"abc" == b"abc", b"a" + b"b", b"ab" * 2, 2 * b"x", b"" * 5)
