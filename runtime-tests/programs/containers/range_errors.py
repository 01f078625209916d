# range error messages
def attempt(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__, e)
attempt(lambda: range())
attempt(lambda: range(1, 2, 3, 4))
attempt(lambda: range(1, 2, 0))
attempt(lambda: range(1.0))
attempt(lambda: range("3"))
attempt(lambda: range(x=1))
attempt(lambda: range(3)[5])
attempt(lambda: range(3)[-4])
attempt(lambda: range(3).index(5))
attempt(lambda: range(3).index("a"))
attempt(lambda: range(3) < range(4))
attempt(lambda: range(3) + range(2))
attempt(lambda: range(5)[1.5])
class I:
    def __index__(self):
        return 4
print(range(I()), range(10)[I()], list(range(I(), 6)))
print(range(3).count(1.0), range(3).index(True))
