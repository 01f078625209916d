# Function objects: attributes, introspection, first-class use.
def greet(name, greeting="Hello"):
    """Return a greeting."""
    return f"{greeting}, {name}!"

print(greet.__name__, greet.__qualname__, greet.__doc__)
print(greet.__defaults__, greet.__code__.co_varnames, greet.__code__.co_name)
print(greet.__module__)
greet.custom = 42
print(greet.custom, greet.__dict__)
def outer():
    def inner():
        pass
    return inner
print(outer().__qualname__)
class K:
    def m(self):
        pass
print(K.m.__qualname__, K().m.__name__, K().m.__func__ is K.m)
funcs = {"upper": str.upper, "greet": greet}
print(funcs["upper"]("abc"), funcs["greet"]("Bob", greeting="Hi"))
def apply(fn, *args):
    return fn(*args)
print(apply(max, 3, 9, 2), apply(greet, "Ann"))
print(callable(greet), callable(3), callable(K), callable(K()))
def noreturn():
    pass
print(noreturn())
def annotated(a: int, b: "str" = "x") -> bool:
    return True
print(annotated.__annotations__)
print(type(greet).__name__, type(len).__name__, type(K().m).__name__)
