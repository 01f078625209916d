# chr and ord round trips and their errors.
print(chr(65), chr(97), chr(0x20ac), chr(0x1F600), repr(chr(0)), repr(chr(127)))
print(ord("A"), ord("é"), ord("€"), ord("😀"), ord(b"a"), ord(bytearray(b"z")))
print(all(ord(chr(i)) == i for i in range(0, 0x3000, 7)))
print(chr(True), repr(chr(0xd800)), ord(chr(0xdfff)))
print(chr(0x10FFFF) == "\U0010ffff")

for bad in [-1, 0x110000, 2**31]:
    try:
        chr(bad)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
for bad in ["a", 1.0, None]:
    try:
        chr(bad)
    except TypeError as e:
        print("TypeError:", e)
for bad in ["", "ab", b"ab", 5, None]:
    try:
        ord(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    chr(2**100)
except OverflowError as e:
    print("OverflowError:", e)
