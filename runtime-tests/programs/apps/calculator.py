# A tokenizer and recursive-descent calculator with variables, functions and error reporting.
import sys


class CalcError(Exception):
    def __init__(self, message, pos=None):
        super().__init__(message)
        self.pos = pos


class Token:
    __slots__ = ("kind", "text", "pos")

    def __init__(self, kind, text, pos):
        self.kind = kind
        self.text = text
        self.pos = pos

    def __repr__(self):
        return f"Token({self.kind}, {self.text!r}, {self.pos})"


OPERATORS = {"+", "-", "*", "/", "%", "^", "(", ")", ",", "="}


def tokenize(src):
    tokens = []
    i = 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            start = i
            seen_dot = False
            while i < len(src) and (src[i].isdigit() or (src[i] == "." and not seen_dot)):
                if src[i] == ".":
                    seen_dot = True
                i += 1
            tokens.append(Token("num", src[start:i], start))
        elif ch.isalpha() or ch == "_":
            start = i
            while i < len(src) and (src[i].isalnum() or src[i] == "_"):
                i += 1
            tokens.append(Token("name", src[start:i], start))
        elif ch in OPERATORS:
            tokens.append(Token("op", ch, i))
            i += 1
        else:
            raise CalcError(f"unexpected character {ch!r}", i)
    tokens.append(Token("end", "", len(src)))
    return tokens


class Parser:
    """expr := term (('+'|'-') term)* ; term := unary (('*'|'/'|'%') unary)* ;
    unary := '-' unary | power ; power := atom ('^' unary)? ;
    atom := num | name | name '(' args ')' | '(' expr ')'"""

    def __init__(self, tokens):
        self.tokens = tokens
        self.i = 0

    def peek(self):
        return self.tokens[self.i]

    def take(self, kind=None, text=None):
        tok = self.tokens[self.i]
        if (kind and tok.kind != kind) or (text and tok.text != text):
            want = text or kind
            got = tok.text or "end of input"
            raise CalcError(f"expected {want!r}, got {got!r}", tok.pos)
        self.i += 1
        return tok

    def statement(self):
        if self.peek().kind == "name" and self.tokens[self.i + 1].text == "=":
            name = self.take("name").text
            self.take("op", "=")
            node = ("assign", name, self.expr())
        else:
            node = self.expr()
        self.take("end")
        return node

    def expr(self):
        node = self.term()
        while self.peek().text in ("+", "-"):
            op = self.take().text
            node = (op, node, self.term())
        return node

    def term(self):
        node = self.unary()
        while self.peek().text in ("*", "/", "%"):
            op = self.take().text
            node = (op, node, self.unary())
        return node

    def unary(self):
        if self.peek().text == "-":
            self.take()
            return ("neg", self.unary())
        return self.power()

    def power(self):
        base = self.atom()
        if self.peek().text == "^":
            self.take()
            return ("^", base, self.unary())
        return base

    def atom(self):
        tok = self.peek()
        if tok.kind == "num":
            self.take()
            return ("num", float(tok.text) if "." in tok.text else int(tok.text))
        if tok.kind == "name":
            self.take()
            if self.peek().text == "(":
                self.take()
                args = []
                if self.peek().text != ")":
                    args.append(self.expr())
                    while self.peek().text == ",":
                        self.take()
                        args.append(self.expr())
                self.take("op", ")")
                return ("call", tok.text, args)
            return ("var", tok.text)
        if tok.text == "(":
            self.take()
            node = self.expr()
            self.take("op", ")")
            return node
        raise CalcError(f"unexpected {tok.text or 'end of input'!r}", tok.pos)


def isqrt(n):
    if n < 0:
        raise CalcError("sqrt of negative number")
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x


FUNCTIONS = {
    "max": max,
    "min": min,
    "abs": abs,
    "isqrt": isqrt,
    "sum": lambda *a: sum(a),
}


def evaluate(node, env):
    kind = node[0]
    if kind == "num":
        return node[1]
    if kind == "var":
        try:
            return env[node[1]]
        except KeyError:
            raise CalcError(f"unknown variable {node[1]!r}") from None
    if kind == "assign":
        env[node[1]] = value = evaluate(node[2], env)
        return value
    if kind == "neg":
        return -evaluate(node[1], env)
    if kind == "call":
        fn = FUNCTIONS.get(node[1])
        if fn is None:
            raise CalcError(f"unknown function {node[1]!r}")
        args = [evaluate(a, env) for a in node[2]]
        try:
            return fn(*args)
        except TypeError as exc:
            raise CalcError(f"bad call to {node[1]}: {exc}") from exc
    left = evaluate(node[1], env)
    right = evaluate(node[2], env)
    try:
        if kind == "+":
            return left + right
        if kind == "-":
            return left - right
        if kind == "*":
            return left * right
        if kind == "/":
            return left // right if isinstance(left, int) and isinstance(right, int) and left % right == 0 else left / right
        if kind == "%":
            return left % right
        if kind == "^":
            return left ** right
    except ZeroDivisionError:
        raise CalcError("division by zero") from None
    raise CalcError(f"bad node {kind}")


def show(node):
    if node[0] == "num":
        return str(node[1])
    if node[0] == "var":
        return node[1]
    if node[0] == "neg":
        return f"(-{show(node[1])})"
    if node[0] == "call":
        return f"{node[1]}({', '.join(show(a) for a in node[2])})"
    if node[0] == "assign":
        return f"{node[1]} = {show(node[2])}"
    return f"({show(node[1])} {node[0]} {show(node[2])})"


SESSION = """
1 + 2 * 3
(1 + 2) * 3
2 ^ 3 ^ 2
-2 ^ 2
x = 10
y = x * 2 + 1
x * y - 7 % 4
10 / 4
12 / 4
big = 2 ^ 100
big % 1000007
max(x, y, 3) + min(4, 5)
isqrt(big)
sum(1, 2, 3, 4.5)
1 / 0
unknown + 1
foo(1)
3 + * 4
(1 + 2
2 $ 3
abs()
.5 + 1.25
"""

env = {}
for lineno, line in enumerate(SESSION.strip().splitlines(), 1):
    try:
        tree = Parser(tokenize(line)).statement()
        value = evaluate(tree, env)
        print(f"{lineno:2}: {line:<22} => {show(tree):<32} = {value}")
    except CalcError as exc:
        where = f" at column {exc.pos}" if exc.pos is not None else ""
        print(f"{lineno:2}: {line:<22} !! {exc}{where}")
        if exc.pos is not None:
            print(" " * (28 + exc.pos) + "^")
print("variables:", ", ".join(f"{k}={v}" for k, v in sorted(env.items()) if k != "big"))
sys.exit(0)
