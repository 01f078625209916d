name, n, x = "Ann", 3, 2.5
print(f"{name} has {n} items costing {x}")
print(f"{name!r} {name!s} {name!a} {'é'!a}")
print(f"{n + 1} {n * x} {name.upper()} {name[0]}")
print(f"{{literal}} {{{n}}}")
print(f"{None} {True} {[1, 2]} {(1,)} {{'k': 1}}")
d = {"k": "v"}
print(f"{d['k']} {len(d)}")
print(f"{'nested ' + f'{n}'}")
s = ""
for i in range(3):
    s += f"[{i}]"
print(s)
print(f"{n=} {x = } {name=!s}")
print(f"{'multi'}" f"{'part'}" "plain" f"{n}")
