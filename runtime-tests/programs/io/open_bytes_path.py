# open() accepts str and bytes paths and objects with __fspath__.
class P:
    def __init__(self, p):
        self.p = p

    def __fspath__(self):
        return self.p

path = "/tmp/pyjit_rt_io_open_bytes_path.txt"
with open(path, "w") as f:
    print(f.name)
    f.write("via str\n")
with open(path.encode(), "a") as f:
    print(f.name)
    f.write("via bytes\n")
with open(P(path)) as f:
    print(f.name == path, f.read(), end="")
