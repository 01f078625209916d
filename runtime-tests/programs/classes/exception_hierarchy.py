class Base(Exception):
    def describe(self):
        return "Base:" + str(self)


class KeyProblem(Base, KeyError):
    pass


class Multi(Base, ValueError):
    def describe(self):
        return "Multi/" + super().describe()


try:
    raise KeyProblem("missing")
except KeyError as e:
    print("caught as KeyError:", repr(e), e.describe())

try:
    raise Multi("m")
except ValueError as e:
    print("caught as ValueError:", e.describe())

print([c.__name__ for c in Multi.__mro__])


def risky(n):
    if n == 0:
        raise Multi("zero")
    if n == 1:
        raise KeyProblem(1)
    return n


for n in range(3):
    try:
        print("ok", risky(n))
    except (KeyError, ValueError) as e:
        print("handled", type(e).__name__, e.args)


class Chained(RuntimeError):
    pass


try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise Chained("wrapped") from z
except Chained as c:
    print(type(c.__cause__).__name__, c)
