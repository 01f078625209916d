# input() flushes what was printed before it reads; prompts go to stdout.
print("start", end="")
a = input(" first> ")
print("[" + a + "]")
for i in range(2):
    print(i, input(f"p{i}: "))
