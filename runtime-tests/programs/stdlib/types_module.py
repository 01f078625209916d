# The pure-Python `types` module on pyjit's objects: SimpleNamespace, the type aliases it
# derives from live objects, new_class/prepare_class, MappingProxyType, coroutine types.
import types
import sys

ns = types.SimpleNamespace(a=1, b="x")
ns.c = [1]
print(ns, ns == types.SimpleNamespace(a=1, b="x", c=[1]), ns != types.SimpleNamespace())
del ns.a
print(ns, vars(ns), type(sys.implementation) is types.SimpleNamespace)
try:
    types.SimpleNamespace(1)
except TypeError as e:
    print("TypeError:", e)


def f():
    pass


def g():
    yield 1


class C:
    def m(self):
        pass


print(isinstance(f, types.FunctionType), isinstance(g(), types.GeneratorType))
print(isinstance(C().m, types.MethodType), isinstance(len, types.BuiltinFunctionType))
print(isinstance(sys, types.ModuleType), type(f.__code__) is types.CodeType)
mp = types.MappingProxyType({"k": 1})
print(mp["k"], len(mp), list(mp))
try:
    mp["z"] = 2
except TypeError as e:
    print("TypeError:", e)
D = types.new_class("D", (C,), {}, lambda ns: ns.update(x=5))
print(D.__name__, D.x, D.__mro__[1].__name__)
m = types.ModuleType("mymod", "doc here")
print(m.__name__, m.__doc__)
print(types.NoneType, types.EllipsisType, types.NotImplementedType)
