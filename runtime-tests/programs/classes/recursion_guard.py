class A:
    pass


A.__eq__ = object.__ne__
try:
    print(A() == A())
except RecursionError:
    print("RecursionError from slot-to-slot loop")


class G:
    def __getattr__(self, n):
        return self.other


try:
    G().x
except RecursionError as e:
    print("RecursionError:", e)


class C:
    def __add__(self, o):
        return self + o


try:
    C() + 1
except RecursionError as e:
    print("RecursionError:", e)
print("still alive")
