# writelines with generators, readlines with hints.
path = "/tmp/pyjit_rt_io_writelines.txt"
with open(path, "w") as f:
    f.writelines(f"row {i}\n" for i in range(6))
    f.writelines([])
with open(path) as f:
    lines = f.readlines()
print(len(lines), lines[0], lines[-1], end="")
with open(path) as f:
    print(f.readlines(1))
    print(f.readlines(12))
    print(f.readlines(0))
try:
    with open(path, "w") as f:
        f.writelines([1, 2])
except TypeError as e:
    print("TypeError:", e)
