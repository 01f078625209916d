# Exceptions thrown into generators and seen by context managers' __exit__.


class Suppress:
    def __init__(self, kind):
        self.kind = kind

    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        print("exit sees", t.__name__ if t else None, repr(v), tb is not None)
        return t is not None and issubclass(t, self.kind)


with Suppress(KeyError):
    raise KeyError("swallowed")
print("after with")
try:
    with Suppress(KeyError):
        raise ValueError("escapes")
except ValueError as e:
    print("escaped", repr(e))


def gen():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("generator closed")
        raise
    except ValueError as e:
        print("generator got", repr(e))
        yield "recovered"


g = gen()
print(next(g))
print(g.throw(ValueError("thrown")))
g = gen()
next(g)
g.close()
