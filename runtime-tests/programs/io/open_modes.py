# Modes: w truncates, a appends, x refuses existing files, r+ / w+ read and write.
path = "/tmp/pyjit_rt_io_open_modes.txt"
with open(path, "w") as f:
    f.write("hello world")
with open(path, "w") as f:
    f.write("new")
with open(path) as f:
    print(repr(f.read()))
with open(path, "a") as f:
    f.write("+more")
with open(path) as f:
    print(repr(f.read()))
with open(path, "r+") as f:
    print(repr(f.read(3)))
    f.seek(0)
    f.write("NEW")
    f.seek(0)
    print(repr(f.read()))
with open(path, "w+") as f:
    print(repr(f.read()))
    f.write("abc\ndef\n")
    f.seek(0)
    print(f.readlines())
with open(path, "a+") as f:
    f.write("ghi\n")
    f.seek(0)
    print(repr(f.read()))
try:
    open(path, "x")
except FileExistsError as e:
    print("FileExistsError:", e)
print(open(path, "rt").mode, open(path, "r").mode, open(path, "rb").mode)
