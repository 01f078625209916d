# Importing a submodule runs the package's __init__ first and binds the submodule on it.
import sys

import fixtures.pkg.beta

print(fixtures.pkg.PKG_VALUE, fixtures.pkg.beta.B)
print(sorted(n for n in sys.modules if n.startswith("fixtures.pkg")))
print(hasattr(fixtures.pkg, "gamma"))
import fixtures.pkg.gamma

print(hasattr(fixtures.pkg, "gamma"), fixtures.pkg.gamma.G)
print(fixtures.pkg.__package__, fixtures.pkg.__spec__.parent, fixtures.pkg.beta.__package__)
print(len(fixtures.pkg.__path__), fixtures.pkg.__path__[0].endswith("fixtures/pkg"))
print(fixtures.pkg.__file__.endswith("fixtures/pkg/__init__.py"))
print(fixtures.pkg.__spec__.submodule_search_locations == fixtures.pkg.__path__)
