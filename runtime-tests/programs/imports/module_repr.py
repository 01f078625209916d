# Module reprs and dunders for source modules, packages and built-in modules.
import sys

HERE = __file__.rsplit("/", 1)[0] + "/"
import fixtures.simple
import fixtures.pkg

print(repr(fixtures.simple).replace(HERE, ""))
print(repr(fixtures.pkg).replace(HERE, ""))
print(repr(sys))
print(sys.__spec__ is None or sys.__spec__.name == "sys")
print(fixtures.simple.__spec__.loader.get_filename().replace(HERE, ""))
print(fixtures.pkg.__loader__.is_package("fixtures.pkg"), fixtures.simple.__loader__.is_package("fixtures.simple"))
src = fixtures.simple.__loader__.get_source("fixtures.simple")
print(src.splitlines()[0])
