# print(file=f) into a real file, then read it back.
path = "/tmp/pyjit_rt_io_print_to_file.txt"
with open(path, "w") as f:
    print("header", file=f)
    for i in range(5):
        print(i, i * i, sep=",", file=f)
    print("a", "b", sep="", end="|\n", file=f)
    print(file=f)
    print(3.5, None, [1, 2], file=f, flush=True)
with open(path) as f:
    print(repr(f.read()))
