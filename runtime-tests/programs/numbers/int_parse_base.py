# int(str, base): prefixes, underscores, whitespace, base 0, bases up to 36.
cases = [("42", 10), ("-42", 10), ("  +7  ", 10), ("ff", 16), ("FF", 16), ("0xff", 16),
         ("0xff", 0), ("0o17", 0), ("0b101", 0), ("0", 0), ("000", 0), ("1_000_000", 10),
         ("0x_ff", 0), ("z", 36), ("ZZ", 36), ("101", 2), ("777", 8), ("\t\n12\r ", 10),
         ("١٢٣", 10), ("-0b11", 0), ("10", 3)]
for s, b in cases:
    print(repr(s), b, int(s, b))
print(int("123456789" * 5))
print(int(b"42"), int(bytearray(b"-17")), int(b"ff", 16))
print(int("10", base=2), int(x := "11", 8))
print(int(), int(3.99), int(-3.99), int(True), int(1e20), int(-0.0))
