# Uncaught error five frames deep, with methods, a lambda and a nested function.
class Pipeline:
    def __init__(self, steps):
        self.steps = steps

    def run(self, value):
        for step in self.steps:
            value = self.apply(step, value)
        return value

    def apply(self, step, value):
        return step(value)

def make_divider(d):
    def divide(v):
        return v // d
    return divide

p = Pipeline([lambda v: v + 1, make_divider(2), lambda v: make_divider(v - 3)(100)])
print(p.run(5))
print(p.run(6))
