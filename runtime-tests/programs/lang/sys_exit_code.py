# sys.exit(n): exit status n, nothing on stderr, finally blocks run.
import sys
print("working")
try:
    sys.exit(3)
finally:
    print("finally runs on exit")
print("not reached")
