log = []
class T:
    def __init__(self, name, key=0):
        self.name = name
        self.key = key
    def __eq__(self, o):
        log.append(f"{self.name}=={getattr(o, 'name', o)}")
        return self.key == getattr(o, "key", o)
    def __lt__(self, o):
        log.append(f"{self.name}<{getattr(o, 'name', o)}")
        return self.key < o.key
    def __gt__(self, o):
        log.append(f"{self.name}>{getattr(o, 'name', o)}")
        return self.key > o.key
    def __hash__(self):
        return 0
    def __repr__(self):
        return self.name
a, b, c = T("a", 1), T("b", 2), T("c", 3)
def show(label, value):
    print(label, value, log)
    log.clear()
show("in list", T("x", 2) in [a, b])
show("list.index", [a, b].index(T("y", 2)))
show("list.count", [a, b, c].count(T("z", 9)))
show("in tuple", T("w", 3) in (a, b, c))
show("dict get", {a: 1, b: 2}.get(T("k", 2)))
show("set in", T("s", 1) in {a, b})
show("max", max([a, c, b]))
show("min", min([b, a, c]))
show("sorted", sorted([c, a, b]))
show("list ==", [a, b] == [T("p", 1), T("q", 2)])
show("tuple <", (a, b) < (a, c))
show("list.remove", [a, b].remove(T("r", 2)))
show("max key", max([a, b], key=lambda t: t))
