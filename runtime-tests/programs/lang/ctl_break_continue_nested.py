# break and continue only affect the innermost loop.
for i in range(3):
    for j in range(3):
        if j == 1:
            continue
        if i == 2:
            break
        print("pair", i, j)
    else:
        print("inner else for", i)
found = None
for i in range(5):
    for j in range(5):
        if i * j == 6:
            found = (i, j)
            break
    if found:
        break
print("found", found)
i = 0
while i < 4:
    i += 1
    j = 0
    while True:
        j += 1
        if j > i:
            break
        if j % 2:
            continue
        print("even j", j, "for i", i)
out = []
for row in [[1, 2, -1, 3], [4, -1], [5, 6]]:
    for cell in row:
        if cell < 0:
            out.append("|")
            break
        out.append(str(cell))
    else:
        out.append("!")
print("".join(out))
