# `import a.b as c` binds the submodule; `import a.b` binds only the top-level package.
import fixtures.pkg.sub.deep as deep
from fixtures.pkg import sub as s2
from fixtures.pkg.sub import deep as d2

print(deep is d2, s2.deep is deep)
print(deep.DEEP)
try:
    pkg
except NameError as e:
    print("NameError:", e)
import fixtures.pkg.sub

print(fixtures.pkg.sub is s2, "fixtures" in dir())


def local_import():
    import fixtures.pkg.gamma as g
    from fixtures.pkg.gamma import G
    return g.G, G, sorted(locals())


print(local_import())
