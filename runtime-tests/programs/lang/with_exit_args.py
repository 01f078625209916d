# __exit__ receives the exception; truthy return suppresses; errors in __enter__/__exit__.
class Inspect:
    def __init__(self, ret):
        self.ret = ret
    def __enter__(self):
        return self
    def __exit__(self, *args):
        self.args = args
        return self.ret

cm = Inspect(1)
with cm:
    raise ZeroDivisionError("zde")
t, e, tb = cm.args
print(t, repr(e), type(tb).__name__)
cm = Inspect(0)
try:
    with cm:
        raise ValueError
except ValueError:
    print("not suppressed with falsy return", cm.args[0])
cm = Inspect("yes")
with cm:
    pass
print(cm.args)
class BadEnter:
    def __enter__(self):
        raise RuntimeError("enter failed")
    def __exit__(self, *a):
        print("exit must not run")
try:
    with BadEnter():
        print("body must not run")
except RuntimeError as exc:
    print("RuntimeError:", exc)
class BadExit:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise KeyError("exit failed")
try:
    with BadExit():
        raise ValueError("body")
except KeyError as exc:
    print("KeyError:", exc, "context", repr(exc.__context__))
class NoExit:
    def __enter__(self):
        return self
try:
    with NoExit():
        pass
except (TypeError, AttributeError) as exc:
    print(type(exc).__name__ + ":", exc)
class NoEnter:
    def __exit__(self, *a):
        pass
try:
    with NoEnter():
        pass
except (TypeError, AttributeError) as exc:
    print(type(exc).__name__ + ":", exc)
class Gen:
    def __init__(self):
        self.log = []
    def __enter__(self):
        self.log.append("enter")
        return self.log
    def __exit__(self, t, v, tb):
        self.log.append("exit:" + (t.__name__ if t else "clean"))
        return t is StopIteration
g = Gen()
for i in range(2):
    with g as log:
        if i:
            raise StopIteration
print(g.log)
