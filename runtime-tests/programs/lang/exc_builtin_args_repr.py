# Built-in exception objects: args, str and repr.
excs = [
    Exception(), Exception("one"), Exception("a", 2), ValueError(""), KeyError("key"),
    KeyError(), KeyError(1, 2), IndexError("idx"), TypeError(None), OSError(2, "No such file"),
    StopIteration(5), SystemExit(3), RuntimeError(["list"]), ArithmeticError("arith"),
    ZeroDivisionError("div"), AttributeError("attr"), NotImplementedError(), UnicodeError("u"),
]
for e in excs:
    print(type(e).__name__, e.args, repr(str(e)), repr(e))
e = ValueError("x")
e.args = ("changed", 1)
print(e, repr(e))
print(StopIteration(5).value, StopIteration().value, SystemExit(3).code, SystemExit().code)
print(OSError(2, "msg").errno, OSError(2, "msg").strerror)
err = AttributeError("a")
print(err.name if hasattr(err, "name") else "no name attribute")
print(issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError))
print(issubclass(RecursionError, RuntimeError), issubclass(NotImplementedError, RuntimeError))
print(issubclass(ModuleNotFoundError, ImportError), issubclass(FileNotFoundError, OSError))
print(issubclass(IndentationError, SyntaxError), issubclass(TabError, IndentationError))
print(issubclass(GeneratorExit, Exception), issubclass(KeyboardInterrupt, Exception))
print(issubclass(StopAsyncIteration, Exception), issubclass(UnicodeDecodeError, ValueError))
print(IOError is OSError, EnvironmentError is OSError)
print([c.__name__ for c in ZeroDivisionError.__mro__])
