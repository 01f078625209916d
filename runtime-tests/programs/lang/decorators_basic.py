# Decorators: plain, stacked, with arguments, on classes and methods.
def trace(fn):
    def wrapper(*args, **kwargs):
        print("call", fn.__name__, args, kwargs)
        result = fn(*args, **kwargs)
        print("return", result)
        return result
    wrapper.__name__ = fn.__name__
    return wrapper

@trace
def add(a, b):
    return a + b
add(1, b=2)
print(add.__name__)

def bold(fn):
    print("decorating with bold")
    return lambda: "<b>" + fn() + "</b>"
def italic(fn):
    print("decorating with italic")
    return lambda: "<i>" + fn() + "</i>"
@bold
@italic
def text():
    return "hi"
print(text())

def repeat(times):
    print("repeat factory", times)
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(times)]
        return wrapper
    return deco
@repeat(3)
def hello(name):
    return "hello " + name
print(hello("x"))

registry = {}
def register(name):
    def deco(obj):
        registry[name] = obj
        return obj
    return deco
@register("point")
class Point:
    pass
@register("fn")
def fn():
    pass
print(sorted(registry), registry["point"] is Point)

def order(tag):
    print("evaluate decorator expression", tag)
    def deco(f):
        print("apply", tag)
        return f
    return deco
@order("outer")
@order("inner")
def decorated():
    pass
class Cfg:
    handlers = [lambda f: f]
@Cfg.handlers[0]
def via_subscript():
    return "ok"
print(via_subscript())
