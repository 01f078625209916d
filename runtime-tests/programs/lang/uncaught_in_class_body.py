# Uncaught exception raised while a class body executes.
print("defining")

class Config:
    values = {"a": 1}
    a = values["a"]
    b = values["b"]

print("not reached")
