# The stream classes' hierarchy: _io base classes and isinstance against io.IOBase & co.
import io
import sys
for cls in [io.FileIO, io.BufferedReader, io.BufferedWriter, io.BufferedRandom, io.TextIOWrapper, io.StringIO, io.BytesIO]:
    print(cls.__name__, [c.__name__ for c in cls.__mro__])
print(isinstance(sys.stdout, io.TextIOBase), isinstance(sys.stdout, io.IOBase))
print(isinstance(io.StringIO(), io.TextIOBase), isinstance(io.BytesIO(), io.BufferedIOBase), isinstance(io.BytesIO(), io.TextIOBase))
path = "/tmp/pyjit_rt_io_io_bases.bin"
with open(path, "wb", buffering=0) as f:
    print(isinstance(f, io.RawIOBase), isinstance(f, io.BufferedIOBase))
print(io.DEFAULT_BUFFER_SIZE, io.SEEK_SET, io.SEEK_CUR, io.SEEK_END)
print(issubclass(io.UnsupportedOperation, OSError))
