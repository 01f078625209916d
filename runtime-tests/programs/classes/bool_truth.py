class Flag:
    def __init__(self, v):
        self.v = v

    def __bool__(self):
        print("bool called")
        return self.v


print(bool(Flag(True)), bool(Flag(False)))
if Flag(True):
    print("yes")
print(not Flag(False))
print(Flag(False) or "fallback")


class Sized:
    def __len__(self):
        return 0


print(bool(Sized()), not Sized())


class Both:
    def __bool__(self):
        return True

    def __len__(self):
        return 0


print(bool(Both()))


class Empty:
    pass


print(bool(Empty()))


class BadBool:
    def __bool__(self):
        return 1


try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)
try:
    if BadBool():
        pass
except TypeError as e:
    print("TypeError:", e)
