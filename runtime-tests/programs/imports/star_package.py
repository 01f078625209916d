# `from package import *` imports the submodules its __all__ names.
import sys

from fixtures.starpkg import *

print(top, one.__name__, two.__name__)
print(sorted(n for n in sys.modules if n.startswith("fixtures.starpkg")))
