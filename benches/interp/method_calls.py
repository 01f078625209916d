# Method calls and attribute access on instances.
class Counter:
    def __init__(self):
        self.count = 0
        self.step = 1

    def bump(self):
        self.count += self.step
        return self

    def value(self):
        return self.count


def run(n):
    c = Counter()
    for _ in range(n):
        c.bump()
    return c.value()


print(run(3_000_000))
