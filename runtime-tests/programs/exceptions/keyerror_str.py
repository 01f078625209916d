# KeyError's str is the repr of its single argument.

for args in [(), ("k",), ("",), (1,), ((1, 2),), ("a", "b"), (None,)]:
    e = KeyError(*args)
    print(repr(e), "|", str(e))

d = {"a": 1}
try:
    d["missing"]
except KeyError as e:
    print("caught", repr(e), str(e), e.args)

try:
    {}[(1, 2)]
except LookupError as e:
    print(type(e).__name__, str(e))
