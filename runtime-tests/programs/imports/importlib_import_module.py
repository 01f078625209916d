# importlib.import_module: absolute and relative names, errors.
import importlib

m = importlib.import_module("fixtures.pkg.gamma")
print(m.__name__, m.G)
print(importlib.import_module(".beta", "fixtures.pkg").B)
print(importlib.import_module("..simple", "fixtures.pkg").VALUE)
print(importlib.import_module(".sub.deep", package="fixtures.pkg").DEEP)
print(importlib.import_module("fixtures").__name__)
for args in [(".beta",), (".beta", None), ("",), ("no.such.mod",), ("...x", "fixtures.pkg")]:
    try:
        importlib.import_module(*args)
    except (TypeError, ValueError, ImportError) as e:
        print(type(e).__name__, e)
importlib.invalidate_caches()
print(importlib.import_module("sys") is __import__("sys"))
