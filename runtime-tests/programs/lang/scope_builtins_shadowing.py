# Shadowing built-in names and getting them back.
print(len("abc"))
len = lambda x: "shadowed"
print(len("abc"))
del len
print(len("abc"))
def local_shadow():
    max = "local max"
    return max
print(local_shadow(), max(1, 2))
def uses_global_list():
    return list("ab")
list = "not a function"
try:
    uses_global_list()
except TypeError as exc:
    print("TypeError:", exc)
del list
print(uses_global_list())
import builtins
print(builtins.len is len, builtins.print is print)
builtins.custom_builtin = "visible everywhere"
print(custom_builtin)
del builtins.custom_builtin
try:
    custom_builtin
except NameError as exc:
    print("NameError:", exc)
def param_named_type(type):
    return type
print(param_named_type(5), type(5).__name__)
class C:
    str = "class attr"
    def m(self):
        return str(1)
print(C().m(), C.str)
for id in range(2):
    pass
print(id)
del id
print(callable(id))
