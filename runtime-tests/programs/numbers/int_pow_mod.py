# Three-argument pow with ints: modular exponentiation and modular inverse.
print(pow(2, 10, 1000), pow(3, 200, 7), pow(5, 0, 3), pow(5, 0, 1))
print(pow(-2, 3, 5), pow(2, 3, -5), pow(-2, 3, -5))
print(pow(3, -1, 7), pow(2, -1, 9), pow(10, -2, 17), pow(2, -1, 1))
print(pow(123456789, 987654321, 10 ** 9 + 7))
print(pow(2 ** 100, 2 ** 50, 3 ** 40))
for args in ((2, 3, 0), (2, -1, 4), (2, 3.0, 5), (2.0, 3, 5), (2, 3, 5.0), (1j, 2, 3), ("a", 2, 3)):
    try:
        print(pow(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print((5).__pow__(3, 7), (5).__pow__(2))
print((3).__rpow__(2), (3).__rpow__(2, 5))
