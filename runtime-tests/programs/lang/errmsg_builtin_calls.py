# TypeError/ValueError messages for wrong calls of built-in functions and methods.
cases = ["[].append()", "[].append(1, 2)", "'a'.split(1)", "{}.get()", "len()", "len(1, 2)", "print(x=1)",
 "'a'.join()", "range()", "range(1, 2, 3, 4)", "int(1, 2)", "str(1, 2)", "isinstance(1)", "sorted()", "sorted([], 1)",
 "max()", "min(1)", "abs()", "divmod(1)", "'a'.replace('a')", "[].sort(1)", "dict(1)", "list(1)", "tuple(1, 2)",
 "set([[]])", "'{}'.format", "round('a')", "sum(1)", "enumerate()", "zip(1)", "map(len)", "filter(1, 2)", "iter()",
 "next()", "getattr(1)", "hasattr(1)", "open()", "chr()", "ord(1)", "hex(1.5)", "bin('a')", "pow(1)", "callable()",
 "'abc'.startswith(1)", "'x'.center()", "[].index()", "[1].insert(1)", "{}.pop()", "{}.setdefault()", "{1}.add()",
 "'a'.encode(1)", "b'a'.decode(1)", "object(1)", "type(1, 2)", "str.upper()", "str.upper(1)", "list.append([], 1, 2)",
 "(1).__add__()", "int.from_bytes()", "float('1', 2)", "complex('x')", "bytes('a')", "bytearray(-1)", "slice()",
 "'a' 'b'.count()", "[].extend()", "[].extend(1)", "{}.update(1, 2)", "frozenset(1)", "reversed(1)", "vars(1)"]
for c in cases:
    try:
        eval(c)
        print(c, "-> ok")
    except Exception as e:
        print(c, "->", type(e).__name__, e)
