# Relative imports that go above the top-level package or have no package at all.
try:
    import fixtures.rel.inner.too_far
except ImportError as e:
    print(type(e).__name__, e)
import sys

print("fixtures.rel.inner.too_far" in sys.modules)
try:
    from . import anything
except ImportError as e:
    print(type(e).__name__, e)
try:
    from .. import anything
except ImportError as e:
    print(type(e).__name__, e)
try:
    __import__("x", globals(), None, ["y"], 1)
except ImportError as e:
    print(type(e).__name__, e)
try:
    __import__("x", {"__package__": "fixtures"}, None, ["y"], 3)
except ImportError as e:
    print(type(e).__name__, e)
print(__import__("simple", {"__package__": "fixtures"}, None, ["VALUE"], 1).VALUE)
print(__import__("", {"__name__": "fixtures.pkg.beta"}, None, ["gamma"], 1).__name__)
