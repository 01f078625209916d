# ModuleNotFoundError messages and attributes.
import sys

for stmt in [
    "import no_such_module_xyz",
    "import fixtures.no_such",
    "import fixtures.simple.child",
    "from fixtures.simple.child import x",
    "import fixtures.pkg.sub.nothing.deeper",
    "from no_such_module_xyz import name",
]:
    try:
        exec(stmt)
    except ImportError as e:
        print(type(e).__name__, "|", e, "|", e.name, "|", e.path)
print(issubclass(ModuleNotFoundError, ImportError))
print("fixtures.no_such" in sys.modules, "fixtures.pkg.sub.nothing" in sys.modules)
try:
    __import__("")
except ValueError as e:
    print("ValueError:", e)
try:
    __import__(5)
except TypeError as e:
    print("TypeError:", e)
try:
    __import__("fixtures", level=-1)
except ValueError as e:
    print("ValueError:", e)
