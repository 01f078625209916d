log = []
class CM:
    def __init__(self, name, suppress=False, fail_exit=False):
        self.name, self.suppress, self.fail_exit = name, suppress, fail_exit
    def __enter__(self):
        log.append("enter " + self.name)
        return self
    def __exit__(self, et, ev, tb):
        log.append(f"exit {self.name} {et.__name__ if et else None}")
        if self.fail_exit:
            raise RuntimeError("exit of " + self.name)
        return self.suppress
with CM("a"), CM("b"), CM("c"):
    log.append("body")
print(log); log.clear()
try:
    with CM("a"), CM("b", suppress=True), CM("c"):
        raise ValueError("v")
    log.append("after with")
except ValueError:
    log.append("leaked")
print(log); log.clear()
try:
    with CM("a"), CM("b", fail_exit=True):
        raise KeyError("k")
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__context__).__name__)
print(log); log.clear()
def f():
    with CM("r"):
        return "returned"
print(f(), log); log.clear()
def g():
    for i in range(2):
        with CM(str(i)):
            try:
                if i == 0:
                    continue
                raise IndexError
            finally:
                log.append("finally " + str(i))
try:
    g()
except IndexError:
    log.append("IndexError out")
print(log); log.clear()
with CM("x") as x, CM("y") as y:
    print(x.name, y.name)
class Enter:
    def __enter__(self):
        return 1, 2
    def __exit__(self, *a):
        pass
with Enter() as (p, q):
    print(p, q)
with Enter() as t:
    print(t)
