# complex: repr, parts, conjugate, abs, bool.
zs = [1j, -1j, 2 + 3j, -2.5 - 0.5j, complex(0, 0), complex(-0.0, -0.0), complex(1, -0.0), complex(0.0, 1e300),
      complex(float("inf"), float("nan")), 1e-10j, complex(5), 3 + 0j, complex(1e16, 1e-5)]
for z in zs:
    print(repr(z), str(z), z.real, z.imag, z.conjugate(), bool(z))
print(abs(3 + 4j), abs(-5j), abs(complex(1e308, 1e308)))
print([1j, 2 + 0j], (1 + 1j,), type(1j).__name__)
print((1 + 2j).__getnewargs__(), (1 + 2j).__sizeof__(), (1 + 2j).__complex__())
z = 1 + 2j
print(z == complex(1, 2), z != 1, complex(1, 0) == 1, complex(1, 0) == 1.0, 1 == complex(1, 0), 2 ** 60 == complex(2 ** 60, 0))
print(-z, +z, z.real.is_integer())
