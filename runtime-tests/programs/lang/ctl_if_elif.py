# if / elif / else chains.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 100:
        return "medium"
    else:
        return "large"

for n in [-5, 0, 3, 42, 1000]:
    print(n, classify(n))

def fizz(n):
    if n % 15 == 0:
        out = "FizzBuzz"
    elif n % 3 == 0:
        out = "Fizz"
    elif n % 5 == 0:
        out = "Buzz"
    else:
        out = str(n)
    return out

print(" ".join(fizz(i) for i in range(1, 16)))
x = []
if x:
    print("non-empty")
else:
    print("empty")
if not x and len(x) == 0:
    print("really empty")
if 1:
    if 0:
        print("inner")
    else:
        print("inner else")
y = 3
if y > 2: print("one-liner")
if (y == 3
        and y < 4):
    print("multi-line condition")
for v in [None, 0, "", "s", [0], 0.0, -1]:
    if v:
        print(repr(v), "truthy")
    else:
        print(repr(v), "falsy")
