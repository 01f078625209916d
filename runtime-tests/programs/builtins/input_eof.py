# input at end of input raises EOFError (uncaught: traceback and status 1).
print("before")
x = input("prompt: ")
print("never", x)
