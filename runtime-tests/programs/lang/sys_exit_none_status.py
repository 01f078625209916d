# Exit statuses: sys.exit(None) is 0; an exit inside a function with pending output.
import sys
def finish(ok):
    print("finishing", ok)
    if ok:
        sys.exit(None)
    sys.exit(2)
print("partial line", end="")
print()
finish(False)
