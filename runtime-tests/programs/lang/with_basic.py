# with statements: enter/exit order, as-targets, multiple items.
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, repr(exc), tb is not None)
        return self.suppress

with CM("a") as v:
    print("body", v)
with CM("a") as x, CM("b") as y:
    print("body", x, y)
with (CM("p") as p,
      CM("q") as q):
    print("parenthesized", p, q)
with CM("no-as"):
    print("body without as")
try:
    with CM("outer"), CM("inner"):
        raise ValueError("inside")
except ValueError as exc:
    print("propagated", exc)
with CM("suppressor", suppress=True):
    raise KeyError("silenced")
print("after suppressed")
with CM("outer"), CM("inner-suppress", suppress=True):
    raise IndexError("only inner sees it")
print("continues")
class Box:
    pass
b = Box()
items = [None, None]
with CM("attr") as b.attr, CM("item") as items[1]:
    pass
print(b.attr, items)
with CM("tuple") as (first, *rest):
    print(first, rest)
def early():
    with CM("ret"):
        return "returned"
print(early())
