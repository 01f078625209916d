# float methods: is_integer, as_integer_ratio, hex, fromhex, conjugate and friends.
for x in (0.0, -0.0, 1.0, 0.5, 0.1, -2.75, 1e300, 5e-324, 3.0, 1e16):
    print(x, x.is_integer(), x.as_integer_ratio(), x.hex(), x.conjugate(), x.real, x.imag)
for s in ("0x1.8p1", "0x1p-1074", "-0x1.fffffffffffffp+1023", "0X10", "  0x.8p0 ", "inf", "-nan", "0x1.0000000000000fp0", "1.5"):
    print(repr(s), float.fromhex(s))
for s in ("0x1p2000", "zz", "0x"):
    try:
        print(float.fromhex(s))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
print((2.5).__trunc__(), (-2.5).__trunc__(), (2.5).__floor__(), (-2.5).__floor__(), (2.5).__ceil__(), (-2.5).__ceil__())
print((2.7).__int__(), (2.5).__float__(), (2.5).__getnewargs__(), (2.5).__sizeof__())
print(float.__getformat__("double"), (1.5).__add__(1), (1.5).__radd__(1), (1.5).__add__("x"), (1.5).__rsub__(4))
print((7.5).__divmod__(2), (7.5).__rdivmod__(20), (2.0).__pow__(10), (2.0).__rpow__(3))
