# SyntaxError's fields and str, from the constructor and from compile().

e = SyntaxError("bad thing", ("prog.py", 3, 5, "x = = 1\n", 3, 7))
print(repr(e))
print(str(e))
print(e.msg, e.filename, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)
print(e.print_file_and_line)
print(str(SyntaxError("m", ("/some/dir/file.py", 1, 1, "t"))))
print(str(SyntaxError("m", (None, 4, 1, "t"))))
print(str(SyntaxError("only message")))
print(repr(SyntaxError()), str(SyntaxError()))

try:
    compile("x = = 1", "<mine>", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.filename, e.lineno, e.offset, repr(e.text))
    print(str(e))

try:
    compile("if x:\npass", "f.py", "exec")
except IndentationError as e:
    print(type(e).__name__, e.msg, e.lineno, str(e))

try:
    SyntaxError("m", (1, 2))
except TypeError as t:
    print(t)
print(issubclass(TabError, IndentationError), issubclass(IndentationError, SyntaxError))
