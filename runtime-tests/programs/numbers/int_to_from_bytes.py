# int.to_bytes / int.from_bytes with the 3.11 defaults (length=1, byteorder='big').
print((5).to_bytes(), (255).to_bytes(), (0).to_bytes(0), (0).to_bytes(3))
print((1024).to_bytes(2), (1024).to_bytes(2, "little"), (1024).to_bytes(4, byteorder="big"))
print((-1).to_bytes(2, "big", signed=True), (-129).to_bytes(2, "little", signed=True), (127).to_bytes(1, signed=True))
print((2 ** 64).to_bytes(9, "big"))
print(int.from_bytes(b"\x01\x00"), int.from_bytes(b"\x01\x00", "little"), int.from_bytes(b""))
print(int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes(b"\xff\xff", "big"))
print(int.from_bytes([1, 2, 3], "big"), int.from_bytes(bytearray(b"\x80"), "big", signed=True))
print(int.from_bytes(b"\x00" * 8 + b"\x01", byteorder="little"))
for n in (0, 1, -1, 300, -300, 2 ** 40, -(2 ** 40)):
    b = n.to_bytes(8, "little", signed=True)
    print(n, b.hex(), int.from_bytes(b, "little", signed=True) == n)
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: (300).to_bytes())
t(lambda: (-3).to_bytes(2))
t(lambda: (3).to_bytes(-2))
t(lambda: (3).to_bytes(2, "middle"))
t(lambda: (128).to_bytes(1, signed=True))
t(lambda: int.from_bytes("ab"))
t(lambda: int.from_bytes([300]))
t(lambda: int.from_bytes(b"\x01", "sideways"))
