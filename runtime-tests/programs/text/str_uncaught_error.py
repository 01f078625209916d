def f(s):
    return s + 1
print("before")
f("text")
