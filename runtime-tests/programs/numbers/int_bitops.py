# Bitwise operators with two's-complement semantics for negatives.
vals = [0, 1, 5, -1, -6, 255, -256, 2 ** 70 + 3, -(2 ** 70) - 5]
for a in vals[:5]:
    print([a & b for b in vals], [a | b for b in vals])
for a in vals:
    print(a ^ 12345, a & -a, ~a)
print(0xFF & 0x0F, 0xF0 | 0x0F, 0xFF ^ 0xAA)
print(-1 & 0xFFFFFFFF, -2 & 0xFFFF_FFFF_FFFF_FFFF_FFFF)
print((2 ** 100 - 1) & (2 ** 64), (2 ** 100) | 1, (2 ** 100) ^ (2 ** 100))
print(True & 3, 6 | False, 7 ^ True)
print(bin(-37 & 0xFF), hex(~0x1234 & 0xFFFF))
