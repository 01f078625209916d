# io.UnsupportedOperation for operations the mode does not allow.
import io
path = "/tmp/pyjit_rt_io_unsupported_ops.txt"
with open(path, "w") as f:
    f.write("data")

def show(fn):
    try:
        fn()
    except io.UnsupportedOperation as e:
        print("UnsupportedOperation:", e)

with open(path) as f:
    show(lambda: f.write("x"))
    show(lambda: f.writelines(["x"]))
    show(lambda: f.truncate())
with open(path, "a") as f:
    show(lambda: f.read())
    show(lambda: f.readline())
    show(lambda: f.seek(1, 1))
    show(lambda: f.seek(1, 2))
with open(path, "rb") as f:
    show(lambda: f.write(b"x"))
with open(path, "ab") as f:
    show(lambda: f.read())
print(issubclass(io.UnsupportedOperation, OSError))
print(issubclass(io.UnsupportedOperation, ValueError), [c.__name__ for c in io.UnsupportedOperation.__mro__])
try:
    with open(path) as f:
        f.write("x")
except ValueError as e:
    print("caught as ValueError:", type(e).__name__, e)
