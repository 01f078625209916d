# callable on functions, classes, instances with and without __call__.
def f():
    pass

class C:
    pass

class D:
    def __call__(self):
        return 1

print(callable(f), callable(lambda: 0), callable(len), callable(C), callable(int))
print(callable(C()), callable(D()), callable(1), callable("s"), callable(None))
print(callable([].append), callable(print), callable(D.__call__))
try:
    callable()
except TypeError as e:
    print("TypeError:", e)
try:
    callable(1, 2)
except TypeError as e:
    print("TypeError:", e)
