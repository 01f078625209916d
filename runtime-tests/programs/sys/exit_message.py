# sys.exit with a string: printed to stderr, exit status 1.
import sys

print("stdout first")
sys.exit("fatal: configuration missing")
