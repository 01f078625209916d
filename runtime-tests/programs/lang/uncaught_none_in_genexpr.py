# Uncaught AttributeError on None inside a generator expression summed at module level.
class A:
    def __init__(self, x):
        self.x = x
objs = [A(1), A(2), None]
print(sum(o.x for o in objs))
