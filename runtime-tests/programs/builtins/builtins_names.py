# Names in builtins: types, constants, aliases, functions.
import builtins
for name in ["len", "print", "open", "isinstance", "sorted", "sum", "iter", "next", "input"]:
    f = getattr(builtins, name)
    print(name, type(f).__name__, f.__name__ if hasattr(f, "__name__") else "?")
print(repr(len), repr(print))
print(IOError is OSError, EnvironmentError is OSError)
print(__debug__, Ellipsis, NotImplemented, ... is Ellipsis)
print(int is builtins.int, type(None).__name__, getattr(builtins, "True") is True)
for name in ["ValueError", "KeyError", "StopIteration", "FileNotFoundError", "BaseExceptionGroup"]:
    print(name, isinstance(getattr(builtins, name), type))
print(builtins.__name__)
