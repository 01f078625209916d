class Resource:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("open", self.name)
        return self
    def __exit__(self, et, ev, tb):
        print("close", self.name, et.__name__ if et else None)
        if et is KeyError:
            raise RuntimeError("cleanup failed for " + self.name)
        return False
with Resource("a"):
    print("working")
with Resource("x") as r:
    print("got", r.name)
try:
    with Resource("y"):
        raise ValueError("plain")
except ValueError as e:
    print("ValueError:", e)
try:
    with Resource("z"):
        raise KeyError("k")
except RuntimeError as e:
    print("RuntimeError:", e, repr(e.__context__))
with Resource("b"):
    {}["missing"]
