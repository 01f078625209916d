# print into a StringIO, to sys.stderr, with flush=True.
import io
import sys

buf = io.StringIO()
print("one", "two", file=buf)
print(3, 4.0, file=buf, sep=",")
print("no end", file=buf, end="")
print(repr(buf.getvalue()))

print("to stderr", file=sys.stderr)
print("flushed", flush=True)
print("stderr flushed", file=sys.stderr, flush=True)
sys.stdout.write("written directly\n")
print(sys.stdout.write("abc") , file=sys.stderr)
print()
