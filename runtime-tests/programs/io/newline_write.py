# newline= on write: None and '\n' keep '\n'; '\r\n' and '\r' translate it.
path = "/tmp/pyjit_rt_io_newline_write.txt"
for nl in [None, "", "\n", "\r\n", "\r"]:
    with open(path, "w", newline=nl) as f:
        f.write("a\nb\r\nc\n")
        print("x", "y", file=f)
    with open(path, "rb") as f:
        print(repr(nl), f.read())
