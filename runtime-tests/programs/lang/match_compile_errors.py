# match statement errors reported at compile time.
sources = [
    "match x:\n    case y:\n        pass\n    case 1:\n        pass\n",
    "match x:\n    case _:\n        pass\n    case 1:\n        pass\n",
    "match x:\n    case [a, a]:\n        pass\n",
    "match x:\n    case [a] | b:\n        pass\n",
    "match x:\n    case {'k': 1, 'k': 2}:\n        pass\n",
    "match x:\n    case [*a, *b]:\n        pass\n",
    "match x:\n    case {**rest, 'k': 1}:\n        pass\n",
    "match x:\n    case 1 + 1:\n        pass\n",
    "match x:\n    case f(a):\n        pass\n",
    "match x:\n    case Point(x=1, x=2):\n        pass\n",
    "match x:\n    case a | 1:\n        pass\n",
    "match x:\n    case (1 | _) as y:\n        pass\n",
]
for src in sources:
    try:
        compile(src, "<match>", "exec")
        print("ok")
    except SyntaxError as exc:
        print("SyntaxError:", exc.msg, "line", exc.lineno)
