# io.StringIO newline modes.
import io
text = "a\nb\r\nc\rd"
for nl in ["\n", None, "", "\r", "\r\n"]:
    s = io.StringIO(text, newline=nl)
    print(repr(nl), repr(s.getvalue()), s.readlines())
s = io.StringIO(newline=None)
s.write("x\r\ny\rz\n")
print(repr(s.getvalue()))
s = io.StringIO(newline="\r\n")
s.write("p\nq\n")
print(repr(s.getvalue()))
