# exec, eval and compile with namespaces.
print(eval("1 + 2 * 3"))
x = 10
print(eval("x * 2"))
print(eval("x + y", {"x": 1, "y": 2}))
print(eval("x + y", {"x": 1}, {"y": 5}))
ns = {}
exec("a = 5\nb = a * 2\ndef f(n):\n    return n + b\n", ns)
print(ns["a"], ns["b"], ns["f"](1), "__builtins__" in ns)
loc = {}
exec("z = 3", {}, loc)
print(loc)
code = compile("3 ** 2", "<expr>", "eval")
print(type(code).__name__, eval(code), code.co_filename)
stmts = compile("for i in range(3): total += i", "<loop>", "exec")
env = {"total": 100}
exec(stmts, env)
print(env["total"])
print(exec("1 + 1"))
single = compile("42", "<single>", "single")
exec(single)
try:
    eval("1 +")
except SyntaxError as exc:
    print("SyntaxError:", exc.msg, exc.lineno, exc.offset)
try:
    eval("undefined_thing")
except NameError as exc:
    print("NameError:", exc)
try:
    exec("raise ValueError('from exec')")
except ValueError as exc:
    print("ValueError:", exc)
try:
    eval("x = 1")
except SyntaxError as exc:
    print("SyntaxError:", exc.msg)
def inside():
    y = 7
    return eval("y + 1"), eval("x")
print(inside())
g = {"__builtins__": {}}
try:
    eval("len([])", g)
except NameError as exc:
    print("NameError:", exc)
exec("global_from_exec = 'set'")
print(global_from_exec)
print(eval(" 2 + 2 "), eval("[i for i in range(3)]"))
counter = {"n": 0}
exec("n += 1\nn += 1", counter)
print(counter["n"])
