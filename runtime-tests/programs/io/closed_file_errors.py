# Operations on closed files.
path = "/tmp/pyjit_rt_io_closed_file_errors.txt"
with open(path, "w") as f:
    f.write("x")

def show(what, fn):
    try:
        fn()
        print(what, "ok")
    except ValueError as e:
        print(what, "ValueError:", e)

t = open(path)
t.close()
show("text read", lambda: t.read())
show("text readline", lambda: t.readline())
show("text write", lambda: t.write("y"))
show("text tell", lambda: t.tell())
show("text seek", lambda: t.seek(0))
show("text iter", lambda: iter(t))
show("text next", lambda: next(t))
show("text flush", lambda: t.flush())
b = open(path, "rb")
b.close()
show("bin read", lambda: b.read())
show("bin readline", lambda: b.readline())
show("bin seek", lambda: b.seek(0))
show("bin flush", lambda: b.flush())
w = open(path, "wb")
w.close()
show("bin write", lambda: w.write(b"x"))
r = open(path, "rb", buffering=0)
r.close()
show("raw read", lambda: r.read())
show("raw fileno", lambda: r.fileno())
print(t.closed, b.closed, w.closed, r.closed)
