# __import__ returns the top-level package, or the module itself with a fromlist.
top = __import__("fixtures.pkg.gamma")
print(top.__name__, top.pkg.gamma.G)
mod = __import__("fixtures.pkg.gamma", globals(), locals(), ["G"], 0)
print(mod.__name__)
pkg = __import__("fixtures.pkg", fromlist=["alpha"])
print(pkg.__name__, pkg.alpha.A)
print(__import__("fixtures.pkg", fromlist=["nonexistent_name"]).__name__)
print(__import__("sys").__name__, __import__("fixtures.simple", fromlist=()).__name__)
try:
    __import__("fixtures.pkg", fromlist=[1])
except TypeError as e:
    print("TypeError:", e)
