"""Module docstring."""
import os
from sys import argv as args

x = 1 + 2 * 3
a, *b = [x, 2, 3]
if x > 3 and not b:
    print(f"{x!r:>10}", sep="")
elif 1 < x <= 5:
    pass
for i in range(3):
    if i:
        continue
    break
else:
    x += 1
while x:
    x -= 1
