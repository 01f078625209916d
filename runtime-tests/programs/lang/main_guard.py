# The __name__ == "__main__" idiom and module-level dunder names.
import sys
print(__name__)
print(type(__builtins__).__name__ in ("module", "dict"))
print(__doc__)
print(sys.argv[0].endswith("main_guard.py"))
def main(argv):
    print("main called with", len(argv), "argument(s)")
    return 0
if __name__ == "__main__":
    status = main(sys.argv)
    print("status", status)
else:
    print("imported")
print(__spec__ is None if "__spec__" in globals() else "no __spec__")
