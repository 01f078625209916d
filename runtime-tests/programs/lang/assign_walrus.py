# Assignment expressions (walrus).
if (n := 10) > 5:
    print("n is", n)
data = [1, 2, 3, 4, 5, 6]
print([y for x in data if (y := x * x) % 2 == 0])
print(y)  # leaks to the enclosing scope
total = 0
print([total := total + v for v in data])
print(total)
stack = [1, 2, 3]
while (top := stack.pop() if stack else None) is not None:
    print("popped", top)
def chunks(text):
    pos = 0
    out = []
    while (piece := text[pos:pos + 3]):
        out.append(piece)
        pos += 3
    return out
print(chunks("abcdefgh"))
def f():
    [last := i for i in range(4)]
    return last
print(f())
print(any((hit := v) > 3 for v in data), hit)
print((a := 1, b := 2))
print(a, b)
x = [z := 5, z * 2]
print(x, z)
def g(v):
    return (w := v + 1) * w
print(g(3))
print({k: (sq := k * k) for k in range(3)}, sq)
