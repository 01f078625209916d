# Read numbers with input() until EOF and sum them.
total = 0
count = 0
while True:
    try:
        line = input()
    except EOFError:
        break
    if not line.strip():
        continue
    total += int(line)
    count += 1
print(count, total)
try:
    input(1, 2)
except TypeError as e:
    print("TypeError:", e)
