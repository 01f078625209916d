# A plain module: its attributes as the import system sets them.
import sys

HERE = __file__.rsplit("/", 1)[0] + "/"

import fixtures.simple

m = fixtures.simple
print(m.__name__, m.__package__, m.VALUE, m.func())
print(m.__doc__)
print(m.__file__.replace(HERE, ""))
print(m.__spec__.name, m.__spec__.parent, m.__spec__.origin.replace(HERE, ""))
print(m.__spec__.has_location, m.__spec__.submodule_search_locations)
print(m.__cached__.endswith(".pyc"), "__pycache__" in m.__cached__)
print(m.__loader__ is m.__spec__.loader, m.__spec__.loader is not None)
print(type(m).__name__, m.__builtins__ is __builtins__.__dict__ if hasattr(__builtins__, "__dict__") else False)
print("fixtures.simple" in sys.modules, sys.modules["fixtures.simple"] is m)
print(fixtures.simple is m, fixtures.__name__)
print(sorted(k for k in vars(m) if k.startswith("__") and k != "__builtins__"))
