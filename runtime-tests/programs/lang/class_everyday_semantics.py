# Everyday class semantics: property overrides, slots, str/repr fallbacks, __new__, constructor errors.
def t(name, fn):
    try:
        print(name, repr(fn()))
    except BaseException as e:
        print(name, "EXC", type(e).__name__, e)
class A:
    x = 1
    def __init__(self, v=0): self.v = v
    def m(self): return self.v
    @property
    def p(self): return self.v * 2
    @p.setter
    def p(self, val): self.v = val // 2
class B(A):
    @A.p.getter
    def p(self): return self.v * 3
t("prop override getter", lambda: (B(2).p, A(2).p))
def f1():
    b = B(1); b.p = 10; return b.v
t("inherited setter", f1)
t("class attr via instance", lambda: (A().x, A.x))
t("method unbound call", lambda: A.m(A(5)))
t("eq default", lambda: (A() == A(), A() != A()))
t("dir instance", lambda: [n for n in dir(A(1)) if not n.startswith("__")])
t("vars class keys", lambda: sorted(k for k in vars(A) if not k.startswith("__")))
t("type call 3", lambda: type("Dyn", (A,), {"y": 2})().y)
t("class name attr", lambda: (A.__name__, A.__qualname__, A().__class__ is A))
t("isinstance sub", lambda: (isinstance(B(), A), isinstance(A(), B), issubclass(B, (int, A))))
t("str default contains", lambda: str(A()).startswith("<__main__.A object at 0x"))
class S:
    __slots__ = ("a",)
def f2():
    s = S(); s.a = 1
    try:
        s.b = 2
    except AttributeError as e:
        return str(e)
t("slots", f2)
class WithClassVarCounter:
    n = 0
    def __init__(self):
        WithClassVarCounter.n += 1
        self.id = WithClassVarCounter.n
t("counter ids", lambda: [WithClassVarCounter().id for _ in range(3)])
class Str:
    def __repr__(self): return "R"
t("str falls back to repr", lambda: (str(Str()), f"{Str()}", "%s" % Str(), format(Str())))
class NoRepr:
    def __str__(self): return "S"
t("repr not from str", lambda: repr(NoRepr()).startswith("<__main__.NoRepr"))
class Call:
    def __call__(self, *a, **k): return a, k
t("callable instance", lambda: Call()(1, x=2))
class Init2:
    def __init__(self, a, *, b): pass
t("init kwonly missing", lambda: Init2(1))
t("init too many", lambda: Init2(1, 2))
class NoInit: pass
t("object init args", lambda: NoInit(1))
class NewOnly:
    def __new__(cls, x):
        inst = super().__new__(cls)
        inst.x = x
        return inst
t("new only", lambda: NewOnly(5).x)
class Chain:
    def __init__(self): self.items = []
    def add(self, x):
        self.items.append(x); return self
t("method chaining", lambda: Chain().add(1).add(2).items)
t("abstract-ish", lambda: NotImplementedError("subclass must implement").args)
