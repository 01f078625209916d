# exec: defining functions and classes in namespaces, closures, separate globals/locals.
g = {}
exec("""
def square(x):
    return x * x
class Point:
    def __init__(self, x):
        self.x = x
    def double(self):
        return square(self.x) * 2
result = Point(3).double()
""", g)
print(g["result"], g["square"](5), g["Point"].__name__, g["Point"].__module__ if "__name__" in g else "no __name__")
glob, loc = {"base": 100}, {}
exec("value = base + 1\ndef f():\n    return base\n", glob, loc)
print(loc["value"], sorted(loc), loc["f"]())
code = compile("counter += step", "<acc>", "exec")
ns = {"counter": 0, "step": 5}
for _ in range(3):
    exec(code, ns)
print(ns["counter"])
def run_in_function():
    local_var = 7
    namespace = {"local_var": local_var}
    exec("local_var *= 6", namespace)
    return local_var, namespace["local_var"]
print(run_in_function())
print(eval("a * b", {"a": 3}, {"b": 4}))
print(eval("[k for k in range(n)]", {"n": 3}))
src = "total = sum(items)"
space = {"items": [1, 2, 3]}
exec(src, space)
print(space["total"])
exec("import sys as _s\nversion_ok = _s.version_info[:2] == (3, 11)", space)
print(space["version_ok"])
class_ns = {}
exec("class A:\n    x = 1\n    y = [x for _ in range(1)] if False else x + 1\n", class_ns)
print(class_ns["A"].y)
try:
    exec("def broken(:\n    pass")
except SyntaxError as exc:
    print("SyntaxError:", exc.msg, exc.filename, exc.lineno)
