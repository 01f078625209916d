# Uncaught exception raised inside a generator resumed with send().
def accumulator():
    total = 0
    while True:
        value = yield total
        total += value

acc = accumulator()
next(acc)
print(acc.send(5))
print(acc.send("oops"))
