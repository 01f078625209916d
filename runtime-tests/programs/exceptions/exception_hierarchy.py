# The built-in exception hierarchy: each class's direct base.
import builtins

names = sorted(n for n in dir(builtins) if isinstance(getattr(builtins, n), type)
               and issubclass(getattr(builtins, n), BaseException))
for n in names:
    cls = getattr(builtins, n)
    print(n, [b.__name__ for b in cls.__bases__])
print(len(names))
print([c.__name__ for c in ExceptionGroup.__mro__])
