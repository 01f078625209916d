# io.BytesIO error messages.
import io

def show(fn):
    try:
        fn()
    except Exception as e:
        print(type(e).__name__ + ":", e)

show(lambda: io.BytesIO("text"))
show(lambda: io.BytesIO(5))
b = io.BytesIO(b"abc")
show(lambda: b.write("x"))
show(lambda: b.seek(-1))
show(lambda: b.seek(0, 5))
show(lambda: b.truncate(-2))
b.close()
show(lambda: b.read())
show(lambda: b.getvalue())
show(lambda: b.write(b"x"))
show(lambda: b.seek(0))
print(b.closed)
