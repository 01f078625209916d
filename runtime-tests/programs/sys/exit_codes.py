# sys.exit with an int: the exit status, no output on stderr.
import sys

print("before exit")
sys.exit(3)
print("not reached")
