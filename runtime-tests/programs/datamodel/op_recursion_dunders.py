import sys
sys.setrecursionlimit(200)
class R:
    def __repr__(self):
        return "R(" + repr(self) + ")"
try:
    repr(R())
except RecursionError as e:
    print("RecursionError:", e)
class E:
    def __eq__(self, o):
        return self == o
try:
    E() == E()
except RecursionError as e:
    print("RecursionError:", e)
class A:
    def __add__(self, o):
        return self + o
try:
    A() + 1
except RecursionError as e:
    print("RecursionError:", e)
class L:
    def __len__(self):
        return len(self)
try:
    len(L())
except RecursionError as e:
    print("RecursionError:", e)
class H:
    def __hash__(self):
        return hash(self)
try:
    hash(H())
except RecursionError as e:
    print("RecursionError:", e)
lst = [1]
lst.append(lst)
print(lst, repr(lst))
d = {}
d["self"] = d
print(d)
class Cont:
    def __init__(self):
        self.items = [self]
    def __repr__(self):
        return f"Cont({self.items!r})"
try:
    repr(Cont())
except RecursionError as e:
    print("RecursionError:", e)
print("still alive")
