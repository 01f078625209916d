# f-strings: quotes, nested fields, escapes, dicts and method calls inside.
data = {"name": "Ada", "langs": ["py", "rs"]}
print(f"{data['name']} knows {', '.join(data['langs'])}")
print(f'{data["name"]!r:>8}|')
print(f"""{'triple'} "quoted" {'''inner'''}""")
print(f"{'{'}braces{'}'}")
print(f"newline escape in literal part:\tTAB")
value = 3.14159
for w in range(6, 9):
    print(f"{value:{w}.{w - 5}f}|")
print(f"{f'{2}'}", f'{f"{3}"}')
items = [("apple", 1.5), ("kiwi", 12.25)]
for name, price in items:
    print(f"{name:<8}{price:>8.2f}")
print(f"{'x' * 3:*^9}")
print(f"{len(items)=}", f"{items[0][0].title()=}")
print(f"{ 'spaces' }", f"{  42  :>5}")
print(f"{(lambda: 'lam')()}", f"{[i for i in range(3)]!r}")
print(f"{'%d' % 5}", f"{'{}'.format(6)}")
x = 10
print(f"{x:#06x} {x:>{x}} {x!s:^{x // 2}}")
print(f"{3 + 4j} {1e-10} {-0.0} {10**16}")
print(f"{b'bytes'} {None!r} {...}")
