class Bag:
    def __init__(self, *items):
        self.items = items
    def __iter__(self):
        return self.items
print(len(Bag(1, 2).items))
for x in Bag(1, 2):
    print(x)
