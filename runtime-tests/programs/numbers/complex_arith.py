# complex arithmetic with complex, float and int operands.
a, b = 1 + 2j, 3 - 4j
print(a + b, a - b, a * b, a / b, a ** 2, a ** -1, a ** 0.5, a ** b)
print(a + 1, 1 + a, a * 2.5, 2.5 * a, a / 2, 2 / a, a - True)
print((1 + 1j) / (2 - 1j), 1j * 1j, 1j ** 2, 1j ** 3, (1j) ** -2)
print(2 ** 1j, 2.0 ** (1 + 1j), (-1) ** 0.5, 0j ** 0, 0j ** 2)
z = 1 + 1j
for i in range(5):
    z = z * z + (0.25 - 0.5j)
print(z)
print(sum([1j, 2, 3.5]), (1 + 2j) * (1 - 2j))
print(complex(1e300, 1e300) * 1e10)
for f in (lambda: a / 0, lambda: a / 0j, lambda: 0j ** -1, lambda: 0j ** 1j, lambda: a // 2, lambda: a % 2,
          lambda: divmod(a, 2), lambda: a < b, lambda: pow(a, 2, 3), lambda: complex(1e300, 1e300) ** 5, lambda: ~a, lambda: a & 1):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
