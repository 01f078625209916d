# Line ends and multi-byte characters split across the 8192-byte read chunks.
path = "/tmp/pyjit_rt_io_chunk_boundaries.txt"
with open(path, "wb") as f:
    f.write(b"a" * 8191 + b"\r\n" + b"b" * 10 + b"\r")
    f.write(b"c" * (16384 - 8191 - 2 - 11 - 1) + "é".encode() + b"tail\r\nlast")
with open(path) as f:
    lines = f.readlines()
print(len(lines), [len(l) for l in lines], [l[-3:] for l in lines])
with open(path, newline="") as f:
    lines = f.readlines()
print(len(lines), [len(l) for l in lines], [repr(l[-3:]) for l in lines])
with open(path) as f:
    text = f.read()
print(len(text), text.count("\n"), text.count("\r"), text.count("é"))
with open(path) as f:
    parts = []
    while True:
        p = f.read(1000)
        if not p:
            break
        parts.append(p)
print(len(parts), "".join(parts) == text)
with open(path, "rb") as f:
    n = 0
    for line in f:
        n += 1
    print(n)
with open(path) as f:
    f.readline()
    pos = f.tell()
    second = f.readline()
    f.seek(pos)
    print(f.readline() == second, pos)
