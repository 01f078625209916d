class G:
    def __getitem__(self, i):
        print("getitem", i)
        if i == 2:
            raise IndexError("end")
        return i
print(list(G()))
class Stop:
    def __getitem__(self, i):
        if i == 3:
            raise StopIteration
        return i
print(list(Stop()))
class KeyErr:
    def __getitem__(self, i):
        raise KeyError(i)
try:
    list(KeyErr())
except KeyError as e:
    print("KeyError:", e)
class Dictish:
    def __init__(self):
        self.d = {0: "a", 1: "b"}
    def __getitem__(self, k):
        return self.d[k]
try:
    print(list(Dictish()))
except KeyError as e:
    print("KeyError:", e)
it = iter(G())
print(next(it), next(it))
try:
    next(it)
except StopIteration:
    print("stopped")
try:
    next(it)
except StopIteration:
    print("stays stopped")
class Both:
    def __iter__(self):
        return iter("xy")
    def __getitem__(self, i):
        return "never"
print(list(Both()))
class LenGet:
    def __len__(self):
        return 100
    def __getitem__(self, i):
        if i > 1:
            raise IndexError
        return i
print(list(LenGet()), tuple(LenGet()), sorted(LenGet()))
x, y = LenGet()
print(x, y)
print(list(zip(G(), "ab")))
print(enumerate(Stop()).__next__())
