class I(int):
    pass
class F(float):
    pass
class S(str):
    pass
print(format(I(42), "08b"), format(F(2.5), ".3e"), format(S("hi"), "*^6"), f"{I(7):+d}", f"{F(1/3):.2%}")
class IR(int):
    def __repr__(self):
        return "IR!"
    def __str__(self):
        return "IS!"
print(f"{IR(5)}", format(IR(5)), "{}".format(IR(5)), f"{IR(5)!r}", f"{IR(5):d}", str(IR(5)), "%d" % IR(5), "%s" % IR(5))
class FR(float):
    def __str__(self):
        return "FS!"
print(f"{FR(1.5)}", format(FR(1.5), ""), f"{FR(1.5):.1f}", "%s %r %.2f" % (FR(1.5), FR(1.5), FR(1.5)))
class SS(str):
    def __str__(self):
        return "SS-str"
    def __format__(self, spec):
        return "SS-format:" + spec
print(f"{SS('x')}", f"{SS('x'):>3}", str(SS("x")), "%s" % SS("x"), "{}".format(SS("x")), print is not None)
class B(int):
    def __format__(self, spec):
        return int.__format__(self, spec) + "!"
print(f"{B(10):x}", format(B(3), "03"))
for spec in ["q", ",d", "=5"]:
    try:
        print(repr(format(S("ab"), spec)))
    except ValueError as e:
        print("ValueError:", e)
print(format(True, ""), format(True, "d"), format(False, ">6"), f"{True!s:>5}")
class E(Exception):
    pass
print(f"{E('msg')}", format(E("m", 2)), f"{E()!r}")
