# An exception escaping a with statement whose __exit__ prints first.
class Guard:
    def __enter__(self):
        print("guard on")
        return self

    def __exit__(self, exc_type, exc, tb):
        print("guard off:", exc_type.__name__)
        return False

with Guard():
    values = [1, 2, 3]
    print(values[1:])
    print(values.index(4))
