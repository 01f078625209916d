# Iterating a file, readline limits, readlines hints.
path = "/tmp/pyjit_rt_io_file_iteration.txt"
with open(path, "w") as f:
    f.writelines(["alpha\n", "beta\n", "gamma\n", "delta"])
with open(path) as f:
    print([line.rstrip() for line in f])
with open(path) as f:
    print(next(f), end="")
    print(f.readline(), end="")
    print(list(f))
with open(path) as f:
    print(f.readlines(8))
    print(f.readlines())
with open(path) as f:
    print(repr(f.readline(0)), repr(f.readline(2)), repr(f.readline(-1)))
with open(path) as f:
    n = 0
    for line in f:
        n += len(line)
    print(n)
with open(path) as f:
    print(iter(f) is f)
    print(sum(1 for _ in f))
