# Importing a module with a syntax error raises SyntaxError naming the file and line.
import sys

try:
    import fixtures.bad_syntax
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.filename.rsplit("/", 1)[-1], e.lineno)
print("fixtures.bad_syntax" in sys.modules)
