# io.StringIO error messages.
import io

def show(fn):
    try:
        fn()
    except Exception as e:
        print(type(e).__name__ + ":", e)

show(lambda: io.StringIO(1))
show(lambda: io.StringIO(b"bytes"))
show(lambda: io.StringIO("a", newline="x"))
s = io.StringIO("abc")
show(lambda: s.write(b"x"))
show(lambda: s.write(5))
show(lambda: s.seek(1, 1))
show(lambda: s.seek(1, 2))
show(lambda: s.seek(-1))
show(lambda: s.seek(0, 7))
show(lambda: s.truncate(-1))
show(lambda: s.read("x"))
s.close()
show(lambda: s.read())
show(lambda: s.getvalue())
show(lambda: s.write("x"))
show(lambda: s.tell())
print(s.closed)
