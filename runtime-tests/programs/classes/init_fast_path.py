# Class calls whose __init__ runs in its own frame: results, __init__ returning a value,
# raising, recursion through constructors, classes changed between calls, subclasses with
# __new__, abstract-like classes, keyword arguments, wrong argument counts.
class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y


ps = [P(i, -i) for i in range(5)]
print([(p.x, p.y) for p in ps])


class Bad:
    def __init__(self, v):
        self.v = v
        if v == 3:
            return v


for i in range(5):
    try:
        b = Bad(i)
        print("ok", b.v)
    except TypeError as e:
        print("TypeError:", e)


class Raises:
    def __init__(self, v):
        if v % 2:
            raise ValueError(v)
        self.v = v


out = []
for i in range(4):
    try:
        out.append(Raises(i).v)
    except ValueError as e:
        out.append("err %s" % e)
print(out)


class Node:
    def __init__(self, depth):
        self.child = Node(depth - 1) if depth else None


def depth(n):
    d = 0
    while n.child is not None:
        n, d = n.child, d + 1
    return d


print(depth(Node(100)))
try:
    Node(100000)
except RecursionError as e:
    print("RecursionError:", e)


class Q:
    def __init__(self, a):
        self.a = a


qs = []
for i in range(6):
    if i == 3:
        def new_init(self, a):
            self.a = a * 100
        Q.__init__ = new_init
    if i == 5:
        Q.__new__ = lambda cls, a: "not a Q"
    qs.append(Q(i) if i < 5 else Q(i))
print([getattr(q, "a", q) for q in qs])
for args in [(1,), (1, 2, 3), ()]:
    try:
        P(*args)
    except TypeError as e:
        print("TypeError:", e)
print(P(y=2, x=1).x, P(1, y=5).y)


class Meta(type):
    def __call__(cls, *a):
        print("Meta.__call__", a)
        return super().__call__(*a)


class M(metaclass=Meta):
    def __init__(self, v):
        self.v = v


print(M(7).v)


def gen_init_user():
    for i in range(3):
        yield P(i, i).x


print(list(gen_init_user()))
r = Raises(3)
