# Reading sys.stdin: readline, iteration, read.
import sys
print(repr(sys.stdin.readline()))
print(repr(sys.stdin.readline()))
count = 0
for line in sys.stdin:
    count += 1
    if line.startswith("stop"):
        break
    print("got", line.rstrip("\n"))
print(count)
rest = sys.stdin.read()
print(repr(rest))
print(repr(sys.stdin.read()), repr(sys.stdin.readline()))
