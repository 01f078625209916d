# f-strings: expressions, conversions, nesting, = specifier.
name = "World"
n = 42
pi = 3.14159265
print(f"Hello, {name}!")
print(f"{n} {n + 1} {n * 2} {n // 5} {-n}")
print(f"{name!r} {name!s} {'é'!a} {n!r}")
print(f"{{literal braces}} {{{n}}}")
print(f"{name.upper()} {len(name)} {name[1:3]} {[1, 2][0]}")
print(f"{'nested ' + f'{n}'}")
print(f"{n=} {pi=:.2f} {name=!r} {n + 1 = }")
d = {"key": "value"}
print(f"{d['key']} {d}")
print(f"{3 if n > 10 else 4} {(lambda x: x * 2)(5)}")
print(f"{[x * 2 for x in range(3)]}")
print(f"{'a' 'b'}" f"{n}" "plain")
print(f"""multi {n
}""")
print(F"upper F {n}", rf"raw \n {n}", fR"{name}\t")
class P:
    def __str__(self):
        return "str-P"
    def __repr__(self):
        return "repr-P"
    def __format__(self, spec):
        return f"format-P[{spec}]"
p = P()
print(f"{p} {p!s} {p!r} {p:xyz}")
print(f"{n:{'>'}{10}}|")
width, prec = 12, 3
print(f"{pi:{width}.{prec}f}|{pi:<{width}}|")
print(f"{'tab':\t^9}")
print(f"{None} {True} {1.0} {1e20} {1/3}")
print(f"{n:#x} {n:#o} {n:#b} {n:08.3f}")
