# truncate on text and binary files.
path = "/tmp/pyjit_rt_io_truncate.txt"
with open(path, "w") as f:
    f.write("0123456789")
    print(f.truncate(4))
with open(path) as f:
    print(repr(f.read()))
with open(path, "r+") as f:
    f.read(2)
    print(f.truncate())
with open(path) as f:
    print(repr(f.read()))
with open(path, "r+b") as f:
    print(f.truncate(1), f.read())
with open(path, "rb") as f:
    print(f.read())
