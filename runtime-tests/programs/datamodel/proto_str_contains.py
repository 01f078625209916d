for left, right in [(1, "abc"), (None, "abc"), ("a", b"abc"), (97, b"abc"), ("ab", "xaby"), (b"b", bytearray(b"abc")), (300, b"abc"), ([1], [[1]])]:
    try:
        print(repr(left), "in", repr(right), left in right)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
class S(str):
    pass
print(S("a") in "abc", "a" in S("abc"), "" in "", "" in "abc")
class Idx:
    def __index__(self):
        return 98
print(Idx() in b"abc", Idx() in bytearray(b"xyz"))
print(1 in range(3), 1.0 in range(3), "1" in range(3), True in range(3), 10 ** 20 in range(10 ** 21))
class Ranged:
    def __eq__(self, o):
        return o == 2
    __hash__ = None
print(Ranged() in range(5), Ranged() in range(0))
print(3 in {1: 2, 3: 4}, 4 in {1: 2, 3: 4}.values(), (3, 4) in {3: 4}.items(), [3, 4] in {3: 4}.items())
try:
    [] in {3: 4}.items()
    print("list in items ok")
except TypeError as e:
    print("TypeError:", e)
