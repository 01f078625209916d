# Write a text file, read it back several ways.
path = "/tmp/pyjit_rt_io_open_write_read.txt"
f = open(path, "w")
print(f.write("first line\n"), f.write("second line\n"), f.write("third"))
f.close()
f = open(path)
print(repr(f.read()))
f.close()
f = open(path, "r")
print(repr(f.readline()), repr(f.readline()), repr(f.readline()), repr(f.readline()))
f.close()
with open(path) as f:
    print(f.readlines())
with open(path) as f:
    for line in f:
        print("line:", repr(line))
with open(path) as f:
    print(repr(f.read(5)), repr(f.read(7)), repr(f.read(100)), repr(f.read()))
with open(path) as f:
    print(repr(f.readline(3)), repr(f.readline(100)))
with open(path, "a") as f:
    f.write("\nappended\n")
with open(path) as f:
    print(f.read().splitlines())
