# SystemExit.code for each argument shape, and catching SystemExit.
import sys

for args in [(), (0,), (3,), ("message",), (1, 2), (None,)]:
    e = SystemExit(*args)
    print(repr(e), repr(e.code))

try:
    sys.exit(4)
except SystemExit as e:
    print("caught exit", e.code)

try:
    sys.exit()
except SystemExit as e:
    print("caught bare exit", e.code)

try:
    raise SystemExit("bye")
except BaseException as e:
    print(type(e).__name__, e.code, isinstance(e, Exception))
print(issubclass(KeyboardInterrupt, Exception), issubclass(KeyboardInterrupt, BaseException))
print(issubclass(GeneratorExit, Exception))
