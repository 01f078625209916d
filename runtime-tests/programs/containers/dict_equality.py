# dict equality and repr
print({} == {}, {1: 2} == {1: 2}, {1: 2} == {1: 3}, {1: 2} == {2: 1})
print({1: 2, 3: 4} == {3: 4, 1: 2}, {1: 2} != {1: 2}, {1: 1.0} == {1.0: 1})
print({1: [1, 2]} == {1: [1, 2]}, {1: {2: 3}} == {1: {2: 3}})
n = float("nan")
print({1: n} == {1: n}, {n: 1} == {n: 1})
print({True: "t"}, {1: "one", True: "true"}, {1.0: "x", 1: "y"})
print({0: 0, False: 1, 0.0: 2})
d = {}
d["self"] = d
print(d)
d2 = {1: [2, {3: (4, 5)}]}
print(d2, str(d2))
print(repr({"quote'": 'dq"', None: ...}))
big = {i: -i for i in range(15)}
print(big)
print(len({x % 5: x for x in range(100)}), {x % 5: x for x in range(100)})
