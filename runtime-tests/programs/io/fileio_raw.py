# Unbuffered binary files are FileIO objects.
path = "/tmp/pyjit_rt_io_fileio_raw.bin"
with open(path, "wb", buffering=0) as f:
    print(type(f).__name__, f.write(b"raw bytes"), f.tell())
with open(path, "rb", buffering=0) as f:
    print(f.read(3), f.read(), f.read(), f.readable(), f.writable(), f.seekable())
    print(f.seek(4), f.readall())
import io
f = io.FileIO(path)
print(f.mode, f.read(), f.closefd)
f.close()
print(f.closed, repr(f))
