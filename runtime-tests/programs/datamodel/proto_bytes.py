class B:
    def __bytes__(self):
        return b"from-bytes"
print(bytes(B()), bytearray(b"x") + bytes(B()))
class Bad:
    def __bytes__(self):
        return "str"
try:
    bytes(Bad())
except TypeError as e:
    print("TypeError:", e)
class Idx:
    def __index__(self):
        return 3
print(bytes(Idx()), bytearray(Idx()))
class It:
    def __iter__(self):
        return iter([65, 66, 67])
print(bytes(It()), bytearray(It()))
class BadIt:
    def __iter__(self):
        return iter([65, 300])
try:
    bytes(BadIt())
except ValueError as e:
    print("ValueError:", e)
class StrIt:
    def __iter__(self):
        return iter(["a"])
try:
    bytes(StrIt())
except TypeError as e:
    print("TypeError:", e)
class Nothing:
    pass
try:
    bytes(Nothing())
except TypeError as e:
    print("TypeError:", e)
try:
    bytes("abc")
except TypeError as e:
    print("TypeError:", e)
try:
    bytes(-1)
except ValueError as e:
    print("ValueError:", e)
class BSub(bytes):
    pass
class RetSub:
    def __bytes__(self):
        return BSub(b"q")
r = bytes(RetSub())
print(r, type(r).__name__)
class BytesAndIndex:
    def __bytes__(self):
        return b"bytes wins"
    def __index__(self):
        return 2
print(bytes(BytesAndIndex()))
print(bytes(B()).decode(), bytes([1, 2]), bytes(range(3)), bytes(b"ab"), bytes("h", "ascii"))
