# A namespace package (directories without __init__.py) spread over two sys.path entries.
import sys

here = __file__.rsplit("/", 1)[0]
sys.path.append(here + "/fixtures/ns_a")
sys.path.append(here + "/fixtures/ns_b")
import nsp.left
import nsp.right

print(nsp.left.LEFT, nsp.right.RIGHT)
print(len(nsp.__path__), [p.rsplit("/", 2)[-2] for p in nsp.__path__])
print(nsp.__file__, nsp.__spec__.origin, nsp.__spec__.name, nsp.__package__)
print(nsp.__spec__.has_location, nsp.left.__package__)
import fixtures.ns_a.nsp as inner

print(inner.__name__, len(inner.__path__))
