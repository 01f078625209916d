# Evaluation order of function calls, arguments and keyword arguments.
def trace(tag, value=None):
    print("eval", tag)
    return value if value is not None else tag
def f(*args, **kwargs):
    return args, kwargs
print(f(trace("a"), trace("b"), k=trace("c"), *[trace("d")], **{"z": trace("e")}))
def getfunc():
    print("eval function")
    return f
print(getfunc()(trace(1), trace(2)))
obj = {"m": f}
print(obj[trace("m")](trace("arg")))
print(trace(1) + trace(2) * trace(3))
print([trace(i) for i in range(2)] + [trace("after")])
d = {trace("k1"): trace("v1"), trace("k2"): trace("v2")}
print(d)
x = trace("rhs")
lst = [0, 0]
def idx():
    print("eval index")
    return 0
lst[idx()] = trace("value")
print(lst)
print(trace("left") < trace("right"))
print(trace("t1") if trace("cond", False) else trace("t2"))
def g(a, b=trace("default")):
    return a, b
print(g(trace("call")))
class K:
    print("class body runs at definition")
    attr = trace("class attr")
print(K.attr)
