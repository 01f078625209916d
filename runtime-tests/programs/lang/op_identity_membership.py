# is / is not / in / not in
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c)
print(None is None, True is True, 1 == True)
print(2 in a, 3 in a, 3 not in a, not 3 in a)
print("ell" in "hello", "" in "abc", "z" not in "abc")
print(1 in {1: "x"}, "x" in {1: "x"}, 2 in {1, 2}, 1 in (1,))
print(5 in range(10), 10 in range(10), 4 in range(0, 10, 2), 5 in range(0, 10, 2))
class Cont:
    def __contains__(self, item):
        print("contains?", item)
        return item == 42
print(42 in Cont(), 1 in Cont(), 1 not in Cont())
class It:
    def __iter__(self):
        return iter([3, 4, 5])
print(4 in It(), 9 in It())
class Get:
    def __getitem__(self, i):
        if i > 3:
            raise IndexError(i)
        return i * 10
print(20 in Get(), 25 in Get())
try:
    1 in 5
except TypeError as exc:
    print("TypeError:", exc)
try:
    1 in "abc"
except TypeError as exc:
    print("TypeError:", exc)
nan = float("nan")
print(nan in [nan], nan == nan)
