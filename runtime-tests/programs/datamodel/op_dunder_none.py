class N:
    __add__ = None
    __iadd__ = None
    __lt__ = None
    __eq__ = None
    __getitem__ = None
    __neg__ = None
    __index__ = None
    __int__ = None
    __float__ = None
    __repr__ = None
    __format__ = None
    __contains__ = None
    __setitem__ = None
    __hash__ = None
    __enter__ = None
    __exit__ = None
    __round__ = None
    __bytes__ = None
    __str__ = None
    __radd__ = None
tests = [
    ("n + 1", lambda n: n + 1),
    ("1 + n", lambda n: 1 + n),
    ("n < 1", lambda n: n < 1),
    ("n == 1", lambda n: n == 1),
    ("n == n", lambda n: n == n),
    ("n[0]", lambda n: n[0]),
    ("-n", lambda n: -n),
    ("[1][n]", lambda n: [1][n]),
    ("int(n)", lambda n: int(n)),
    ("float(n)", lambda n: float(n)),
    ("repr(n)", lambda n: repr(n)),
    ("format(n)", lambda n: format(n)),
    ("1 in n", lambda n: 1 in n),
    ("n[0] = 1", lambda n: n.__class__.__setitem__),
    ("hash(n)", lambda n: hash(n)),
    ("round(n)", lambda n: round(n)),
    ("bytes(n)", lambda n: bytes(n)),
    ("str(n)", lambda n: str(n)),
]
for label, f in tests:
    try:
        print(label, "->", f(N()))
    except TypeError as e:
        print(label, "TypeError:", e)
n = N()
try:
    n += 1
except TypeError as e:
    print("n += 1 TypeError:", e)
try:
    n[0] = 1
except TypeError as e:
    print("n[0] = 1 TypeError:", e)
try:
    with N():
        pass
except TypeError as e:
    print("with TypeError:", e)
