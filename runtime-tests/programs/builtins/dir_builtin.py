# dir of classes, instances, modules, and dir() of a scope.
class Base:
    base_attr = 1

    def base_method(self):
        pass

class Child(Base):
    child_attr = 2

    def __init__(self):
        self.inst = 3

def public(names):
    return [n for n in names if not n.startswith("__")]

print(public(dir(Child)))
print(public(dir(Child())))
print(dir(Child()) == sorted(dir(Child())))
print("__init__" in dir(Child), "__class__" in dir(Child()))

class Custom:
    def __dir__(self):
        return ["zeta", "alpha", "mid"]

print(dir(Custom()))

def scope():
    b = 1
    a = 2
    return dir()

print(scope())

import sys
print("path" in dir(sys), "modules" in dir(sys))
try:
    dir(1, 2)
except TypeError as e:
    print("TypeError:", e)
