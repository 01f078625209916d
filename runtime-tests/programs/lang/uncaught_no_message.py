# Uncaught exceptions without messages, raised as classes.
class Stop(Exception):
    pass

def step(n):
    if n == 2:
        raise Stop
    print("step", n)

for i in range(4):
    step(i)
