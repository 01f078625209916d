# ImportError / ModuleNotFoundError: msg, name, path and their str.

e = ImportError("cannot import thing", name="pkg", path="/x/pkg.py")
print(repr(e), str(e), e.msg, e.name, e.path)
e = ImportError()
print(repr(e), repr(str(e)), e.msg, e.name, e.path)
e = ImportError("a", "b")
print(repr(e), str(e), e.msg)
e = ImportError(3)
print(str(e), e.msg)
try:
    ImportError(foo=1)
except TypeError as t:
    print(t)

try:
    import module_that_does_not_exist_anywhere
except ModuleNotFoundError as e:
    print(type(e).__name__, str(e), e.name)

try:
    from sys import no_such_name
except ImportError as e:
    print(type(e).__name__, str(e), e.name)
print(issubclass(ModuleNotFoundError, ImportError))
