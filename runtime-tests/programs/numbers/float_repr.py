# float repr: shortest round-trip text, exponent switch points, signed zero.
vals = [0.0, -0.0, 1.0, -1.5, 0.1, 0.2 + 0.1, 1 / 3, 2 / 3, 1e16, 1e15, 123456789012345678.0,
        1e-4, 1e-5, 0.0001234, 1.5e300, -2.5e-300, 5e-324, 1.7976931348623157e308,
        2.0 ** 53, 2.0 ** 53 + 2, 100.0, 1e22, 1e23, 3.14159, 9.999999999999999e22]
for v in vals:
    print(repr(v), str(v))
print([1.0, 2.5, -0.0], (0.5,), {1.5: 2.25})
print(float("inf"), float("-inf"), float("nan"), -float("nan"))
print(1e308 * 10, -1e308 * 10)
print(0.1 + 0.7, 1.1 * 3, 4.35 * 100, 0.3 - 0.1)
