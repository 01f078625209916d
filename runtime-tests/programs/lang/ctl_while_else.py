# while loops with else, break and continue.
i = 0
while i < 5:
    i += 1
    if i == 3:
        continue
    print("i", i)
else:
    print("while finished normally")

n = 0
while True:
    n += 1
    if n > 3:
        break
print("n", n)

def find(items, target):
    i = 0
    while i < len(items):
        if items[i] == target:
            print("found at", i)
            break
        i += 1
    else:
        print("not found")

find([4, 5, 6], 5)
find([4, 5, 6], 9)
find([], 1)
count = 0
while count < 3:
    count += 1
else:
    print("else runs when condition becomes false, count =", count)
x = 10
while x:
    x //= 2
    print(x, end=" ")
print()
# collatz
n, steps = 27, 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print("collatz steps", steps)
