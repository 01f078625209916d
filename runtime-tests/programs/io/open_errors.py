# open() argument errors and OS errors, with CPython's messages.
def show(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)

show(lambda: open("/tmp", "r"))
show(lambda: open("/nonexistent-dir/file.txt"))
show(lambda: open("/nonexistent-dir/file.txt", "w"))
show(lambda: open("x", "rw"))
show(lambda: open("x", "q"))
show(lambda: open("x", "rr"))
show(lambda: open("x", "br+t"))
show(lambda: open("x", "U"))
show(lambda: open("x", ""))
show(lambda: open("x", "rb", encoding="utf-8"))
show(lambda: open("x", "rb", errors="strict"))
show(lambda: open("x", "rb", newline=""))
show(lambda: open("x", "w", newline="x"))
show(lambda: open("x", "r", buffering=0))
show(lambda: open(1.5))
show(lambda: open(None))
show(lambda: open("x", mode=1))
show(lambda: open("x", encoding=1))
show(lambda: open("x", errors=2))
show(lambda: open())
show(lambda: open("x", foo=1))
show(lambda: open("/tmp/pyjit_nope.txt", encoding="no-such-codec"))
