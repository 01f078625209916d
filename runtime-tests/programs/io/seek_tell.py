# Text-mode seek and tell.
path = "/tmp/pyjit_rt_io_seek_tell.txt"
with open(path, "w") as f:
    f.write("héllo\nwörld\n")
    print(f.tell())
with open(path) as f:
    print(f.tell())
    line = f.readline()
    pos = f.tell()
    print(repr(line), pos)
    print(repr(f.readline()))
    f.seek(pos)
    print(repr(f.readline()))
    print(f.seek(0), repr(f.read(3)))
    print(f.seek(0, 2), repr(f.read()))
    print(f.seek(0, 1) == f.tell())
    for args in [(1, 1), (-1, 2), (-1,), (0, 3)]:
        try:
            f.seek(*args)
        except Exception as e:
            print(type(e).__name__ + ":", e)
