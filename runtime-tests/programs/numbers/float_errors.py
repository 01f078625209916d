# float() and float operations: error messages.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: float("x"))
t(lambda: float(""))
t(lambda: float("1.5.2"))
t(lambda: float("1__0"))
t(lambda: float(b"abc"))
t(lambda: float(None))
t(lambda: float([1]))
t(lambda: float(1, 2))
t(lambda: float(x=1))
t(lambda: float(10 ** 400))
class C:
    def __float__(self):
        return 1
t(lambda: float(C()))
t(lambda: 1.5 / 0)
t(lambda: 1.5 // 0)
t(lambda: 1.5 % 0.0)
t(lambda: divmod(1.5, 0))
t(lambda: 1.5 & 1)
t(lambda: 1.5 << 1)
t(lambda: ~1.5)
t(lambda: 1.5 @ 2.0)
t(lambda: 2.0 ** 10000)
t(lambda: (-2.0) ** 10001)
t(lambda: 0.0 ** -1)
t(lambda: 1.5 + "a")
t(lambda: "a" * 1.5)
t(lambda: pow(2.0, 3, 5))
t(lambda: float.fromhex(5))
