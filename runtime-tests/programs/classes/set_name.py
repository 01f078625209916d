class Field:
    def __init__(self, default):
        self.default = default

    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
        self.private = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, self.default)

    def __set__(self, obj, value):
        setattr(obj, self.private, value)


class Model:
    x = Field(0)
    y = Field("y-default")


m = Model()
print(m.x, m.y)
m.x = 5
print(m.x, m._x)
print(Model.x.name, Model.y.private)
print(isinstance(Model.x, Field))

late = Field(1)
Model.z = late
print(hasattr(late, "name"))


class Desc:
    def __set_name__(self, owner, name):
        raise ValueError("bad name " + name)


try:
    class Broken:
        d = Desc()
except Exception as e:
    print(type(e).__name__)
