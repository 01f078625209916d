# Reading standard input with input() until EOFError, and prompts going to stdout.
total = 0
count = 0
while True:
    try:
        line = input("> ")
    except EOFError:
        print("<eof>")
        break
    line = line.strip()
    if not line or line.startswith("#"):
        continue
    if line == "quit":
        print("quit requested")
        break
    try:
        value = float(line) if "." in line else int(line)
    except ValueError:
        print(f"not a number: {line!r}")
        continue
    total += value
    count += 1
    print(f"running total {total} after {count} values")
print("average", total / count if count else None)
import sys
rest = sys.stdin.read()
print("remaining input:", repr(rest))
