class Adder:
    def __init__(self, n):
        self.n = n

    def __call__(self, x, *rest, scale=1):
        return (self.n + x + sum(rest)) * scale


add5 = Adder(5)
print(add5(1), add5(1, 2, 3), add5(2, scale=10))
print(callable(add5), callable(Adder))
print(list(map(add5, [1, 2, 3])))


class Counter:
    def __init__(self):
        self.calls = 0

    def __call__(self):
        self.calls += 1
        return self.calls


c = Counter()
c()
c()
print(c(), c.calls)


class NotCallable:
    pass


try:
    NotCallable()()
except TypeError as e:
    print("TypeError:", e)


class Deco:
    def __init__(self, f):
        self.f = f

    def __call__(self, *a):
        print("calling", self.f.__name__, a)
        return self.f(*a)


@Deco
def mul(a, b):
    return a * b


print(mul(6, 7))
print(type(mul).__name__)
