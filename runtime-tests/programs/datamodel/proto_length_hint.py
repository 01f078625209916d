import operator
class H:
    def __length_hint__(self):
        return 7
print(operator.length_hint(H()), operator.length_hint([1, 2]), operator.length_hint(iter([1, 2, 3])))
class WithLen:
    def __len__(self):
        return 3
    def __length_hint__(self):
        return 100
print(operator.length_hint(WithLen()))
class Neither:
    pass
print(operator.length_hint(Neither()), operator.length_hint(Neither(), 12))
class NI:
    def __length_hint__(self):
        return NotImplemented
print(operator.length_hint(NI(), 4))
class Neg:
    def __length_hint__(self):
        return -1
try:
    operator.length_hint(Neg())
except ValueError as e:
    print("ValueError:", e)
class Bad:
    def __length_hint__(self):
        return "x"
try:
    operator.length_hint(Bad())
except TypeError as e:
    print("TypeError:", e)
class Raises:
    def __length_hint__(self):
        raise TypeError("hint failed")
try:
    operator.length_hint(Raises())
except TypeError as e:
    print("TypeError:", e)
try:
    operator.length_hint(H(), "d")
except TypeError as e:
    print("TypeError:", e)
class It:
    def __init__(self):
        self.n = 3
    def __iter__(self):
        return self
    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n
    def __length_hint__(self):
        return 1000
print(list(It()))
it = iter(range(10))
next(it)
print(operator.length_hint(it), it.__length_hint__())
print(operator.length_hint(iter({1: 2, 3: 4})), operator.length_hint(reversed([1, 2, 3])))
