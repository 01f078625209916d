# Universal newlines on read; newline='' and newline='\n' keep line ends.
path = "/tmp/pyjit_rt_io_newline_read.txt"
with open(path, "wb") as f:
    f.write(b"one\r\ntwo\rthree\nfour\r\n\r\nend")
for nl in [None, "", "\n", "\r", "\r\n"]:
    with open(path, newline=nl) as f:
        print(repr(nl), f.readlines())
with open(path) as f:
    print(repr(f.read()))
with open(path, newline="") as f:
    print(repr(f.read()))
with open(path) as f:
    print(repr(f.read(5)), repr(f.read(5)))
