# `from m import name` when the name is missing: CPython's message, name and path.
HERE = __file__.rsplit("/", 1)[0] + "/"
try:
    from fixtures.simple import does_not_exist
except ImportError as e:
    print(type(e).__name__, str(e).replace(HERE, ""))
    print(e.name, e.path.replace(HERE, ""), e.msg.replace(HERE, ""))
try:
    from sys import does_not_exist
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    from fixtures.pkg import not_a_submodule
except ImportError as e:
    print(type(e).__name__, str(e).replace(HERE, ""))
from fixtures.pkg import beta, gamma

print(beta.B, gamma.G)
