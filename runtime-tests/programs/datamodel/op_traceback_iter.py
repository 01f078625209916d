class Bag:
    def __init__(self, *items):
        self.items = items
    def __iter__(self):
        return self.items
print(len(Bag(1, 2).items))
class Fixed(Bag):
    def __iter__(self):
        return iter(self.items)
print(list(Fixed(1, 2, 3)), sum(Fixed(4, 5)))
try:
    list(Bag(1))
except TypeError as e:
    print("TypeError:", e)
try:
    iter(Bag())
except TypeError as e:
    print("TypeError:", e)
print(3 in Fixed(1, 2, 3))
for x in Bag(1, 2):
    print(x)
