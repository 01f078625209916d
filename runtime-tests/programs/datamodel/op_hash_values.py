class H:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return self.v
for v in [0, 1, -1, -2, 2**61 - 1, 2**61, 2**62, 2**64 + 5, -(2**64), 2**100, -(2**100) - 3, True]:
    print(v, hash(H(v)))
class Bad:
    def __hash__(self):
        return "x"
try:
    hash(Bad())
except TypeError as e:
    print("TypeError:", e)
class BadF:
    def __hash__(self):
        return 1.0
try:
    hash(BadF())
except TypeError as e:
    print("TypeError:", e)
class BadN:
    def __hash__(self):
        return None
try:
    hash(BadN())
except TypeError as e:
    print("TypeError:", e)
class IntSub(int):
    pass
class RetSub:
    def __hash__(self):
        return IntSub(12345)
print(hash(RetSub()))
class RetBool:
    def __hash__(self):
        return False
print(hash(RetBool()))
class Raises:
    def __hash__(self):
        raise KeyError("inside hash")
try:
    {Raises()}
except KeyError as e:
    print("KeyError:", e)
d = {H(5): "five"}
print(d[H(5)] if False else len(d))
print(hash(-1), hash(-2), hash(2**61 - 1), hash(2**61), hash(-(2**61)))
print(hash(1.5), hash(-0.0), hash(2.0**70))
print(hash(H(-1)) == hash(-1))
