# Uncaught AssertionError without a message from a method called in a comprehension.
class Stack:
    def __init__(self):
        self.items = []

    def pop(self):
        assert self.items
        return self.items.pop()

s = Stack()
s.items.extend([1, 2])
print([s.pop() for _ in range(3)])
