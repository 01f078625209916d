class P:
    __slots__ = ("a",)
for bases in [(P, dict), (dict, P), (P, Exception)]:
    try:
        type("X", bases, {})
        print("ok")
    except TypeError as e:
        print(e)
class Q(P, object): pass
print(Q.__base__.__name__)
