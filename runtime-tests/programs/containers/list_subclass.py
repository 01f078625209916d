# subclassing list
class MyList(list):
    def total(self):
        return sum(self)
m = MyList([1, 2, 3])
print(m, m.total(), len(m), type(m).__name__)
m.append(4)
print(m, m[1:3], type(m[1:3]).__name__)
print(isinstance(m, list), m == [1, 2, 3, 4])
print(type(m + [5]).__name__, type(m * 2).__name__)
class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]
s = Stack()
s.push(1)
s.push(2)
print(s.peek(), s.pop(), s)
class Init(list):
    def __init__(self, n):
        super().__init__(range(n))
        self.n = n
i = Init(3)
print(i, i.n)
class Rep(list):
    def __repr__(self):
        return "Rep" + super().__repr__()
print(Rep([1]), [Rep([2])])
class Sorted(list):
    def __lt__(self, other):
        return len(self) < len(other)
print(sorted([Sorted([1, 2]), Sorted([3])]))
