# Uncaught NameError for a misspelled name.
def compute(x):
    result = x * 2
    return reslt

print("start")
compute(3)
