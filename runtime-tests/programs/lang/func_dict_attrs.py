# Function objects carry a __dict__; wrapper functions copy metadata by hand.
def original(a, b=2, *, c=3):
    """Adds things."""
    return a + b + c

original.calls = 0
original.tags = ["math"]
print(sorted(original.__dict__), original.__dict__["tags"])
print(original.__kwdefaults__, original.__defaults__, original.__doc__)

def wraps(wrapped):
    def deco(wrapper):
        for attr in ("__name__", "__qualname__", "__doc__", "__module__"):
            setattr(wrapper, attr, getattr(wrapped, attr))
        wrapper.__dict__.update(wrapped.__dict__)
        wrapper.__wrapped__ = wrapped
        return wrapper
    return deco

def counted(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return fn(*args, **kwargs)
    return wrapper

add = counted(original)
print(add(1), add(1, 1, c=1), add.calls, original.calls)
print(add.__name__, add.__qualname__, add.__doc__, add.__wrapped__ is original, add.tags)
add.__defaults__ = None
original.__defaults__ = (10,)
print(original(1))
original.__kwdefaults__ = {"c": 100}
print(original(1))
del original.tags
print(hasattr(original, "tags"), sorted(original.__dict__))
try:
    original.__dict__ = 5
except TypeError as exc:
    print("TypeError:", exc)
original.__dict__ = {"fresh": True}
print(original.fresh)
lam = lambda: None
lam.__name__ = "renamed"
print(lam.__name__, lam.__qualname__)
try:
    original.__name__ = 5
except TypeError as exc:
    print("TypeError:", exc)
