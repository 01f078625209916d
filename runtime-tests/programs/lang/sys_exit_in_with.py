# SystemExit passes through __exit__ and finally.
import sys
class Resource:
    def __enter__(self):
        print("acquire")
        return self
    def __exit__(self, t, v, tb):
        print("release", t.__name__ if t else None, v.code if v is not None else None)
        return False
with Resource():
    try:
        sys.exit(4)
    finally:
        print("inner finally")
