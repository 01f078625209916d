# Comprehensions inside functions close over the function's locals.
def scaled(values, factor):
    return [v * factor for v in values]
print(scaled([1, 2, 3], 10))
def table(n):
    return {i: [i * j for j in range(1, n + 1)] for i in range(1, n + 1)}
print(table(3))
def make_funcs(prefix):
    return [lambda s, i=i: f"{prefix}{i}:{s}" for i in range(3)]
print([f("x") for f in make_funcs("p")])
def counter_comp():
    count = 0
    def bump():
        nonlocal count
        count += 1
        return count
    result = [bump() for _ in range(4)]
    return result, count
print(counter_comp())
def nested_generators(rows):
    return list(list(c * 2 for c in r if c) for r in rows)
print(nested_generators([[1, 0, 2], [0], [3]]))
def uses_later_assigned():
    fns = [lambda: late for _ in range(2)]
    late = "assigned after comprehension"
    return [f() for f in fns]
print(uses_later_assigned())
def gen_uses_arg(limit):
    return sum(x for x in range(limit) if x % limit != 1)
print(gen_uses_arg(10))
class K:
    base = 5
    def method(self):
        return [self.base + i for i in range(3)]
print(K().method())
