# Submodules become attributes of their package; an existing attribute wins in from-imports.
import sys

import fixtures.pkg

print(hasattr(fixtures.pkg, "beta"))
from fixtures.pkg import beta

print(hasattr(fixtures.pkg, "beta"), fixtures.pkg.beta is beta)
del fixtures.pkg.beta
import fixtures.pkg.beta

print(hasattr(fixtures.pkg, "beta"))
from fixtures.pkg import beta as b2

print(b2 is beta)
fixtures.pkg.gamma = "an attribute, not the submodule"
from fixtures.pkg import gamma

print(gamma, "fixtures.pkg.gamma" in sys.modules)
