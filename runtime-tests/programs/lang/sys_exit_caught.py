# SystemExit can be caught; sys.exit() with None/0 exits 0.
import sys
try:
    sys.exit(5)
except SystemExit as exc:
    print("caught", exc.code, repr(exc))
try:
    sys.exit("text")
except SystemExit as exc:
    print("caught", exc.code)
try:
    sys.exit()
except SystemExit as exc:
    print("caught", exc.code)
try:
    raise SystemExit(1, 2)
except SystemExit as exc:
    print("caught", exc.code)
print(issubclass(SystemExit, Exception), issubclass(SystemExit, BaseException))
try:
    sys.exit(7)
except Exception:
    print("not caught by Exception")
except BaseException as exc:
    print("caught by BaseException", exc.code)
sys.stdout.flush()
sys.exit(0)
