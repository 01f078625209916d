# sys.stdout / sys.stderr as file objects.
import sys
n = sys.stdout.write("written\n")
print(n)
sys.stdout.write("no newline")
sys.stdout.write(" then newline\n")
sys.stdout.flush()
sys.stderr.write("to stderr\n")
print(sys.stdout.writable(), sys.stdout.readable(), sys.stdin.readable())
print(sys.stdout.name, sys.stderr.name, sys.stdin.name, sys.stdout.mode)
sys.stdout.writelines(["x\n", "y\n"])
try:
    sys.stdout.write(5)
except TypeError as e:
    print("TypeError:", e)
print(sys.stdout.fileno(), sys.stderr.fileno(), sys.stdin.fileno())
