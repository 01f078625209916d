# list() from various iterables
print(list(), list([]), list((1, 2)), list("abc"), list(range(3)))
print(list({1: "a", 2: "b"}), list({1: "a"}.items()), list({5}))
print(list(x * x for x in range(4)))
print(list(map(str, [1, 2])), list(zip([1], [2])))
l = [1, 2]
c = list(l)
print(c == l, c is l)
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(Seq()))
class It:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n
print(list(It()))
print(list(iter([7, 8])))
print(list(reversed(range(4))))
print(list(list(list([1]))))
print(list(b"hi"), list(bytearray(b"a")))
x = [3]
x.__init__([4, 5])
print(x)
print(list.__name__, type([]) is list, isinstance([], list))
