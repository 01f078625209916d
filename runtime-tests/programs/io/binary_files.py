# Binary mode: bytes in, bytes out, read(n), seek and tell.
path = "/tmp/pyjit_rt_io_binary_files.bin"
with open(path, "wb") as f:
    print(f.write(b"\x00\x01\x02hello\xff"), f.write(bytearray(b"!!")), f.tell())
with open(path, "rb") as f:
    data = f.read()
    print(data, len(data), type(data).__name__)
with open(path, "rb") as f:
    print(f.read(3), f.tell(), f.read(5), f.read(), f.read())
    f.seek(-3, 2)
    print(f.read(), f.tell())
    f.seek(2)
    f.seek(3, 1)
    print(f.read(2))
with open(path, "r+b") as f:
    f.seek(3)
    f.write(b"HE")
    f.seek(0)
    print(f.read())
with open(path, "rb") as f:
    print(f.readline(), f.readlines())
try:
    with open(path, "wb") as f:
        f.write("text")
except TypeError as e:
    print("TypeError:", e)
