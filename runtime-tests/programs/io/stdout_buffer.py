# Text and binary writes to stdout share one buffer and keep their order.
import sys
print("text 1")
sys.stdout.buffer.write(b"bytes 2\n")
sys.stdout.write("text 3\n")
sys.stdout.buffer.write("é 4\n".encode())
print("text 5", flush=True)
sys.stdout.buffer.flush()
print(sys.stdout.encoding, sys.stdin.encoding, sys.stdout.buffer.writable())
