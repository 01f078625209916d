# return forms: none, bare, multiple values, early return in loops, nested.
def none_implicit():
    x = 1
def bare():
    return
def multiple():
    return 1, "two", [3]
def starred():
    rest = [2, 3]
    return 1, *rest
def early(items):
    for i, v in enumerate(items):
        if v < 0:
            return i
    return -1
def nested_return():
    def inner():
        return "inner"
    return inner() + "+outer"
print(none_implicit(), bare(), multiple(), starred())
a, b, c = multiple()
print(a, b, c)
print(early([1, 2, -3, 4]), early([1]))
print(nested_return())
def conditional(x):
    if x:
        return "truthy"
    elif x is None:
        return None
print(conditional(1), conditional(None), conditional(0))
def return_in_while():
    n = 0
    while True:
        n += 1
        if n * n > 50:
            return n
print(return_in_while())
def returns_function():
    return lambda: "called"
print(returns_function()())
def returns_tuple_parens():
    return (1)
def returns_singleton():
    return 1,
print(returns_tuple_parens(), returns_singleton())
def big():
    return list(range(5)), {"k": "v"}, None
print(big())
