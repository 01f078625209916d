# sys.modules decides: a planted object is returned, None blocks, deletion re-imports.
import sys


class Fake:
    FLAG = "planted"


sys.modules["planted_module"] = Fake()
import planted_module

print(planted_module.FLAG)
from planted_module import FLAG

print(FLAG)
sys.modules["blocked_module"] = None
try:
    import blocked_module
except ImportError as e:
    print(type(e).__name__, e, e.name)
import fixtures.replaces_itself as r

print(type(r).__name__, r.name)
