class NonData:
    def __get__(self, obj, objtype=None):
        return ("nondata", obj is None, objtype.__name__)


class Data:
    def __get__(self, obj, objtype=None):
        return "data-get"

    def __set__(self, obj, value):
        print("data-set", value)

    def __delete__(self, obj):
        print("data-delete")


class C:
    nd = NonData()
    d = Data()


c = C()
print(c.nd, C.nd)
c.__dict__["nd"] = "instance wins"
print(c.nd)
c.__dict__["d"] = "instance loses"
print(c.d)
c.d = 5
del c.d
print(C.__dict__["d"].__class__.__name__)


class SetOnly:
    def __set__(self, obj, value):
        print("setonly", value)


class D:
    s = SetOnly()


dd = D()
dd.s = 1
print(type(dd.s).__name__)


class Upper:
    def __get__(self, obj, objtype=None):
        return self if obj is None else obj.name.upper()


class Person:
    shout = Upper()

    def __init__(self, name):
        self.name = name


print(Person("ann").shout, type(Person.shout).__name__)
