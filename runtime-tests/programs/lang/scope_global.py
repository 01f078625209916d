# The global statement.
x = "global x"
def read():
    return x
def write():
    global x
    x = "rewritten"
def shadow():
    x = "local"
    return x
print(read(), shadow(), x)
write()
print(x)
def create():
    global brand_new
    brand_new = 123
create()
print(brand_new)
counter = 0
def bump():
    global counter
    for _ in range(5):
        counter += 1
bump(); bump()
print(counter)
def nested():
    def inner():
        global counter
        counter = -1
    inner()
    counter_local = counter
    return counter_local
print(nested(), counter)
def del_global():
    global brand_new
    del brand_new
del_global()
print("brand_new" in globals())
class C:
    global from_class
    from_class = "set in class body"
    y = x
print(from_class, C.y)
def g():
    global x, counter
    x, counter = 1, 2
g()
print(x, counter)
