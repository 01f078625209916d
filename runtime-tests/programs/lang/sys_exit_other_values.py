# sys.exit with a non-int, non-None value: printed to stderr, status 1.
import sys
print("stdout before exit")
sys.exit(["not", "an", "int"])
