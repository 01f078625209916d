# Attributes and reprs of file objects.
path = "/tmp/pyjit_rt_io_file_attrs.txt"
with open(path, "w") as f:
    print(f.name, f.mode, f.closed, f.encoding, f.errors, f.line_buffering)
    print(f.readable(), f.writable(), f.seekable(), f.isatty())
    print(repr(f))
    print(repr(f.buffer))
    print(repr(f.buffer.raw))
    print(type(f).__name__, type(f.buffer).__name__, type(f.buffer.raw).__name__)
with open(path, "rb") as f:
    print(f.name, f.mode, repr(f), f.readable(), f.writable())
with open(path, "r+b") as f:
    print(repr(f), f.mode)
with open(path, "wb", buffering=0) as f:
    print(repr(f), f.mode, f.closefd)
with open(path, "a", encoding="latin-1") as f:
    print(repr(f))
print(repr(f.buffer.raw))
with open(path, "w+") as f:
    print(f.mode, f.buffer.mode, f.buffer.raw.mode)
