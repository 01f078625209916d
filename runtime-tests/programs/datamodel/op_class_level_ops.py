class Meta(type):
    def __add__(cls, o):
        return f"{cls.__name__}+{o}"
    def __getitem__(cls, k):
        return f"{cls.__name__}[{k}]"
    def __len__(cls):
        return 42
    def __iter__(cls):
        return iter(["m1", "m2"])
    def __contains__(cls, x):
        return x == "in"
    def __lt__(cls, o):
        return "meta-lt"
    def __invert__(cls):
        return "inverted"
    def __repr__(cls):
        return f"<class {cls.__name__} via Meta>"
    def __call__(cls, *a):
        return ("made", cls.__name__) + a
    def __bool__(cls):
        return False
class C(metaclass=Meta):
    def __add__(self, o):
        return "instance add"
print(C + 1, C[5], len(C), list(C), "in" in C, C < C, ~C)
print(C, repr(C), [C], bool(C), not C)
print(C(1, 2))
c = object.__new__(C)
print(c + 1)
class Gen:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}<{item}>"
print(Gen[int], Gen["x", 1])
try:
    Gen + 1
except TypeError as e:
    print("TypeError:", e)
class Plain:
    pass
try:
    Plain[0]
except TypeError as e:
    print("TypeError:", e)
try:
    len(Plain)
except TypeError as e:
    print("TypeError:", e)
try:
    iter(Plain)
except TypeError as e:
    print("TypeError:", e)
print(int | str, type(int | str).__name__)
try:
    Plain | 5
except TypeError as e:
    print("TypeError:", e)
