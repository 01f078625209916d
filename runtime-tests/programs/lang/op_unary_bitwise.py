# Unary and bitwise operators on ints and bools, with their TypeErrors.
for n in [0, 1, -1, 255, -256, 2 ** 64]:
    print(n, -n, +n, ~n, n & 0xF0, n | 1, n ^ -1, n << 3, n >> 2)
print(True & False, True | False, True ^ True, ~True, -True)
print(type(True & True).__name__, type(True + True).__name__)
print(bin(0b1010 & 0b0110), hex(0xF0 | 0x0F), oct(0o17 ^ 0o7))
for expr in ["-'a'", "~1.5", "+[]", "1 & 1.0", "'a' | 1", "[] << 1", "1.0 >> 1"]:
    try:
        eval(expr)
    except TypeError as exc:
        print(expr, "->", exc)
class Neg:
    def __neg__(self):
        return "negated"
    def __invert__(self):
        return "inverted"
    def __pos__(self):
        return "positive"
print(-Neg(), ~Neg(), +Neg())
print({1, 2, 3} & {2, 3, 4}, {1, 2} | {5}, {1, 2, 3} ^ {3, 4}, {1, 2, 3} - {2})
