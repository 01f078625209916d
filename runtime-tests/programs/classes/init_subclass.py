registry = []


class Plugin:
    def __init_subclass__(cls, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        registry.append(cls.plugin_name)


class Alpha(Plugin):
    pass


class Beta(Plugin, name="bee"):
    pass


class Gamma(Beta):
    pass


print(registry)
print(Alpha.plugin_name, Beta.plugin_name, Gamma.plugin_name)
print(Plugin.__dict__["__init_subclass__"].__class__.__name__)

try:
    class Bad(Plugin, name="x", extra=1):
        pass
except TypeError as e:
    print("TypeError:", e)

try:
    class NoKw(unknown=1):
        pass
except TypeError as e:
    print("TypeError:", e)


class Counted:
    subclasses = 0

    @classmethod
    def __init_subclass__(cls):
        Counted.subclasses += 1


class C1(Counted): pass
class C2(C1): pass


print(Counted.subclasses)
