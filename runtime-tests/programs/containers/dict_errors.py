# dict error messages
def attempt(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__, repr(e))
attempt(lambda: {}["missing"])
attempt(lambda: {}[1])
attempt(lambda: {}[(1, 2)])
attempt(lambda: {}.pop("x"))
attempt(lambda: {}.popitem())
attempt(lambda: {[1]: 2})
attempt(lambda: {}[[1]])
attempt(lambda: {}.get())
attempt(lambda: {}.get(1, 2, 3))
attempt(lambda: {}.pop())
attempt(lambda: dict(1))
attempt(lambda: dict([1]))
attempt(lambda: dict([(1, 2, 3)]))
attempt(lambda: dict([(1, 2)], [(3, 4)]))
attempt(lambda: dict(["ab", "cd"]))
attempt(lambda: {}.update(1))
attempt(lambda: {}.update([[1]]))
attempt(lambda: {}.update({}, {}))
attempt(lambda: {} | [])
attempt(lambda: {} < {})
attempt(lambda: hash({}))
attempt(lambda: {}.fromkeys())
attempt(lambda: {}.setdefault())
attempt(lambda: {1: 2}.keys()[0])
def delete(d, k):
    del d[k]
attempt(lambda: delete({}, "k"))
attempt(lambda: delete({1: 1}, [1]))
try:
    {}["key"]
except KeyError as e:
    print(e, e.args)
try:
    {}[""]
except KeyError as e:
    print(e)
try:
    {}[(1,)]
except KeyError as e:
    print(e)
