# Recursive inner functions, mutually recursive closures and closures over parameters.
def flatten_counts(tree):
    counts = {}
    def visit(node, depth):
        counts[depth] = counts.get(depth, 0) + 1
        for child in node.get("children", []):
            visit(child, depth + 1)
    visit(tree, 0)
    return counts
tree = {"children": [{"children": [{}, {}]}, {"children": [{"children": [{}]}]}]}
print(flatten_counts(tree))
def parity_checker():
    def is_even(n):
        return True if n == 0 else is_odd(n - 1)
    def is_odd(n):
        return False if n == 0 else is_even(n - 1)
    return is_even, is_odd
ev, od = parity_checker()
print(ev(10), od(7), ev(3))
def memo_fib():
    cache = {0: 0, 1: 1}
    def fib(n):
        if n not in cache:
            cache[n] = fib(n - 1) + fib(n - 2)
        return cache[n]
    return fib
fib = memo_fib()
print(fib(90), fib(10))
def power_factory(exp):
    def power(base):
        return base ** exp
    return power
square, cube = power_factory(2), power_factory(3)
print(square(7), cube(3), [power_factory(e)(2) for e in range(5)])
def compose(*fns):
    def run(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return run
print(compose(str, square, lambda v: v + 1)(4))
def path_builder(sep):
    parts = []
    def add(p):
        parts.append(p)
        return add
    def build():
        return sep.join(parts)
    add.build = build
    return add
p = path_builder("/")
p("usr")("local")("bin")
print(p.build())
