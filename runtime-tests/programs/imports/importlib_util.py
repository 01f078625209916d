# importlib.util and importlib.machinery: find_spec, module_from_spec, exec_module, helpers.
import importlib.util, importlib.machinery
import importlib
print(importlib.util.__name__, importlib.machinery.SOURCE_SUFFIXES, importlib.machinery.all_suffixes()[:1])
s = importlib.util.find_spec("fixtures.pkg.gamma")
print(s.name, s.parent, s.origin.rsplit("/", 2)[-2:], s.has_location)
print(importlib.util.find_spec("fixtures.nothing"), importlib.util.find_spec("sys").origin)
m = importlib.util.module_from_spec(s)
print(m.__name__, m.__package__, hasattr(m, "G"))
s.loader.exec_module(m)
print(m.G)
here = __file__.rsplit("/", 1)[0]
s2 = importlib.util.spec_from_file_location("loose_mod", here + "/fixtures/simple.py")
m2 = importlib.util.module_from_spec(s2)
s2.loader.exec_module(m2)
print(m2.VALUE, m2.__name__, m2.__file__.rsplit("/", 1)[-1])
print(importlib.util.cache_from_source("/a/b/c.py").replace("cpython", "X").replace("pyjit", "X"))
print(importlib.util.resolve_name(".x", "a.b"), importlib.util.resolve_name("..x", "a.b"))
print(importlib.util.find_spec(".beta", "fixtures.pkg").name)
