# Many small prints (exercises the buffered stdout path).
for i in range(3000):
    print(i)
for i in range(0, 3000, 7):
    print("row", i, -i, sep="\t")
total = 0
for i in range(2000):
    print(i * 1000003 % 97, end=" " if i % 20 else "\n")
    total += i
print()
print("total", total)
