# An integer loop: for i in range(10**7).
total = 0
for i in range(10**7):
    total += i
print(total)
