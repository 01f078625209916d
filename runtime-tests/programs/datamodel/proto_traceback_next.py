class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n < 0:
            raise StopIteration
        self.n -= 1
        return 10 // self.n
total = 0
for x in Countdown(3):
    total += x
    print("x", x)
print(total)
