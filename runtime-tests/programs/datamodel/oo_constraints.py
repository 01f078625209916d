# One-way constraint propagation over variables with strengths (in the manner of DeltaBlue,
# written independently and much smaller).
class Strength:
    ORDER = ["required", "strong", "medium", "weak"]
    def __init__(self, name):
        self.name = name
        self.rank = Strength.ORDER.index(name)
    def __lt__(self, other):
        return self.rank > other.rank
    def __eq__(self, other):
        return isinstance(other, Strength) and self.rank == other.rank
    def __hash__(self):
        return self.rank
    def __repr__(self):
        return self.name
REQUIRED, STRONG, MEDIUM, WEAK = (Strength(n) for n in Strength.ORDER)
class Variable:
    def __init__(self, name, value=0):
        self.name = name
        self.value = value
        self.constraints = []
        self.determined_by = None
    def __repr__(self):
        return f"{self.name}={self.value}"
class Constraint:
    def __init__(self, strength):
        self.strength = strength
    def add(self):
        for v in self.variables():
            v.constraints.append(self)
    def __repr__(self):
        return f"{type(self).__name__}({self.strength})"
class Equal(Constraint):
    def __init__(self, a, b, strength):
        super().__init__(strength)
        self.a, self.b = a, b
        self.add()
    def variables(self):
        return [self.a, self.b]
    def output_for(self, changed):
        return self.b if changed is self.a else self.a
    def execute(self, out):
        src = self.a if out is self.b else self.b
        out.value = src.value
class Scale(Constraint):
    def __init__(self, src, dst, factor, offset, strength):
        super().__init__(strength)
        self.src, self.dst, self.factor, self.offset = src, dst, factor, offset
        self.add()
    def variables(self):
        return [self.src, self.dst]
    def output_for(self, changed):
        return self.dst if changed is self.src else self.src
    def execute(self, out):
        if out is self.dst:
            out.value = self.src.value * self.factor + self.offset
        else:
            out.value = (self.dst.value - self.offset) // self.factor
class Planner:
    def __init__(self):
        self.trace = []
    def set(self, var, value, strength):
        var.value = value
        var.determined_by = strength
        seen = {id(var)}
        todo = [(var, strength)]
        while todo:
            changed, s = todo.pop(0)
            for c in sorted(changed.constraints, key=lambda c: c.strength.rank):
                out = c.output_for(changed)
                if id(out) in seen:
                    continue
                weaker = min(c.strength, s)
                if out.determined_by is not None and out.determined_by < weaker is False:
                    continue
                c.execute(out)
                out.determined_by = weaker
                seen.add(id(out))
                self.trace.append((c, out.name, out.value))
                todo.append((out, weaker))
celsius, fahr, kelvin, copy = Variable("C"), Variable("F"), Variable("K"), Variable("copy")
Scale(celsius, fahr, 9, 160, REQUIRED)
Scale(celsius, kelvin, 5, 1366, STRONG)
Equal(fahr, copy, WEAK)
p = Planner()
for var, val in [(celsius, 100), (fahr, 212), (kelvin, 1866), (copy, 50)]:
    for v in (celsius, fahr, kelvin, copy):
        v.determined_by = None
    p.trace.clear()
    p.set(var, val, STRONG)
    print(var.name, "<-", val, ":", celsius, fahr, kelvin, copy)
    print("  ", p.trace)
print(sorted([WEAK, REQUIRED, MEDIUM, STRONG]), max(WEAK, STRONG), min(WEAK, STRONG))
print(REQUIRED == Strength("required"), len({WEAK, Strength("weak")}))
