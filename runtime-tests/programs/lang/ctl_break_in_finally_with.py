# break/continue/return crossing try/finally and with blocks.
class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, *args):
        print("exit", self.name, args)
        return False

for i in range(3):
    try:
        if i == 1:
            continue
        if i == 2:
            break
        print("body", i)
    finally:
        print("finally", i)

for i in range(3):
    with CM(i):
        if i == 0:
            continue
        print("with body", i)
        break

def f():
    for i in range(3):
        try:
            with CM("in f"):
                return i
        finally:
            print("finally in f")
print("f returned", f())

def g():
    for i in range(3):
        try:
            try:
                break
            finally:
                print("inner finally")
        finally:
            print("outer finally")
    return "after loop"
print(g())
while True:
    try:
        raise ValueError("x")
    except ValueError:
        print("caught, breaking")
        break
    finally:
        print("finally after except")
