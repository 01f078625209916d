# A from-import of a name the partially initialised module has not defined yet.
import sys

HERE = __file__.rsplit("/", 1)[0] + "/"
try:
    import fixtures.cyc.x
except ImportError as e:
    print(type(e).__name__, str(e).replace(HERE, ""))
    print(e.name, e.path.replace(HERE, ""))
print("fixtures.cyc.x" in sys.modules, "fixtures.cyc.y" in sys.modules)
try:
    import fixtures.cyc.y
except ImportError as e:
    print(type(e).__name__, str(e).replace(HERE, ""))
