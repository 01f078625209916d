# Files as context managers: closed on exit, even after an exception.
path = "/tmp/pyjit_rt_io_context_manager.txt"
with open(path, "w") as f:
    print(f.closed)
    g = f.__enter__()
    print(g is f)
print(f.closed)
try:
    with open(path, "w") as f:
        f.write("partial")
        raise RuntimeError("stop")
except RuntimeError as e:
    print("RuntimeError:", e, f.closed)
with open(path) as f:
    print(repr(f.read()))
with open(path) as a, open(path) as b:
    print(a.read(3), b.read(4))
print(a.closed, b.closed)
f = open(path)
f.close()
f.close()
print(f.closed)
try:
    with f:
        pass
except ValueError as e:
    print("ValueError:", e)
print(f.__exit__(None, None, None))
