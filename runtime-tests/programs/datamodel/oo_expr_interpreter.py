# A small expression language: parser, AST node classes, and visitors.
class Node:
    def accept(self, visitor):
        return getattr(visitor, "visit_" + type(self).__name__)(self)
    def __eq__(self, other):
        return type(self) is type(other) and vars(self) == vars(other)
    def __hash__(self):
        return hash((type(self).__name__,) + tuple(sorted(vars(self).items(), key=lambda kv: kv[0]).__repr__()))
class Num(Node):
    def __init__(self, value):
        self.value = value
class Var(Node):
    def __init__(self, name):
        self.name = name
class BinOp(Node):
    def __init__(self, op, left, right):
        self.op, self.left, self.right = op, left, right
class Let(Node):
    def __init__(self, name, value, body):
        self.name, self.value, self.body = name, value, body
class Tokens:
    def __init__(self, text):
        self.toks = text.replace("(", " ( ").replace(")", " ) ").split()
        self.pos = 0
    def peek(self):
        return self.toks[self.pos] if self.pos < len(self.toks) else None
    def take(self):
        t = self.peek()
        self.pos += 1
        return t
def parse(tokens):
    t = tokens.take()
    if t == "(":
        head = tokens.take()
        if head == "let":
            name = tokens.take()
            value = parse(tokens)
            body = parse(tokens)
            node = Let(name, value, body)
        else:
            left = parse(tokens)
            right = parse(tokens)
            node = BinOp(head, left, right)
        if tokens.take() != ")":
            raise SyntaxError("expected )")
        return node
    if t is None:
        raise SyntaxError("unexpected end")
    return Num(int(t)) if t.lstrip("-").isdigit() else Var(t)
class Evaluator:
    OPS = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b, "/": lambda a, b: a // b}
    def __init__(self):
        self.env = [{}]
    def visit_Num(self, n):
        return n.value
    def visit_Var(self, n):
        for scope in reversed(self.env):
            if n.name in scope:
                return scope[n.name]
        raise NameError(f"unbound {n.name}")
    def visit_BinOp(self, n):
        return self.OPS[n.op](n.left.accept(self), n.right.accept(self))
    def visit_Let(self, n):
        v = n.value.accept(self)
        self.env.append({n.name: v})
        try:
            return n.body.accept(self)
        finally:
            self.env.pop()
class Printer:
    def visit_Num(self, n):
        return str(n.value)
    def visit_Var(self, n):
        return n.name
    def visit_BinOp(self, n):
        return f"({n.left.accept(self)} {n.op} {n.right.accept(self)})"
    def visit_Let(self, n):
        return f"let {n.name} = {n.value.accept(self)} in {n.body.accept(self)}"
class Folder:
    def visit_Num(self, n):
        return n
    def visit_Var(self, n):
        return n
    def visit_BinOp(self, n):
        l, r = n.left.accept(self), n.right.accept(self)
        if isinstance(l, Num) and isinstance(r, Num):
            return Num(Evaluator.OPS[n.op](l.value, r.value))
        return BinOp(n.op, l, r)
    def visit_Let(self, n):
        return Let(n.name, n.value.accept(self), n.body.accept(self))
programs = [
    "(+ 1 2)",
    "(* (+ 1 2) (- 10 4))",
    "(let x 5 (* x (+ x 1)))",
    "(let x (+ 2 3) (let y (* x 2) (- y x)))",
    "(/ 17 5)",
    "(+ y 1)",
    "(+ 1",
]
for src in programs:
    try:
        tree = parse(Tokens(src))
        folded = tree.accept(Folder())
        print(tree.accept(Printer()), "=>", folded.accept(Printer()), "=", tree.accept(Evaluator()))
    except (NameError, SyntaxError) as e:
        print(type(e).__name__, e)
print(Num(1) == Num(1), Num(1) == Num(2), BinOp("+", Num(1), Var("x")) == BinOp("+", Num(1), Var("x")))
try:
    Num(1).accept(object())
except AttributeError as e:
    print("AttributeError:", e)
