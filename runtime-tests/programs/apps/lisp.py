# A small Lisp: reader, environments with closures, special forms, tail calls and error handling.


class LispError(Exception):
    pass


class Symbol(str):
    def __repr__(self):
        return str(self)


NIL = []


def tokenize(src):
    return src.replace("(", " ( ").replace(")", " ) ").replace("'", " ' ").split()


def read(tokens):
    if not tokens:
        raise LispError("unexpected EOF")
    tok = tokens.pop(0)
    if tok == "(":
        lst = []
        while tokens and tokens[0] != ")":
            lst.append(read(tokens))
        if not tokens:
            raise LispError("missing )")
        tokens.pop(0)
        return lst
    if tok == ")":
        raise LispError("unexpected )")
    if tok == "'":
        return [Symbol("quote"), read(tokens)]
    try:
        return int(tok)
    except ValueError:
        try:
            return float(tok)
        except ValueError:
            return Symbol(tok)


def read_all(src):
    tokens = tokenize(src)
    out = []
    while tokens:
        out.append(read(tokens))
    return out


class Env(dict):
    def __init__(self, names=(), values=(), outer=None):
        super().__init__(zip(names, values))
        self.outer = outer

    def find(self, name):
        env = self
        while env is not None:
            if name in env:
                return env
            env = env.outer
        raise LispError(f"unbound symbol: {name}")


class Lambda:
    def __init__(self, params, body, env, name="lambda"):
        self.params, self.body, self.env, self.name = params, body, env, name

    def __repr__(self):
        return f"<{self.name}/{len(self.params)}>"


def to_str(x):
    if x is True:
        return "#t"
    if x is False:
        return "#f"
    if isinstance(x, list):
        return "(" + " ".join(to_str(v) for v in x) + ")"
    return str(x) if not isinstance(x, Lambda) else repr(x)


def builtin_env():
    env = Env()

    def arith(fn, name):
        def op(*args):
            if not all(isinstance(a, (int, float)) for a in args):
                raise LispError(f"{name}: expected numbers, got {to_str(list(args))}")
            return fn(*args)
        return op

    def div(a, b):
        if b == 0:
            raise LispError("/: division by zero")
        return a // b if isinstance(a, int) and isinstance(b, int) else a / b

    env.update({
        "+": arith(lambda *a: sum(a), "+"),
        "-": arith(lambda a, *b: a - sum(b) if b else -a, "-"),
        "*": arith(lambda *a: eval_product(a), "*"),
        "/": arith(div, "/"),
        "<": lambda a, b: a < b, ">": lambda a, b: a > b, "=": lambda a, b: a == b,
        "<=": lambda a, b: a <= b,
        "car": lambda l: l[0], "cdr": lambda l: l[1:], "cons": lambda a, l: [a] + l,
        "list": lambda *a: list(a), "null?": lambda l: l == [], "length": len,
        "not": lambda v: v is False, "display": lambda v: print(to_str(v)) or NIL,
        "mod": lambda a, b: a % b,
    })
    return env


def eval_product(args):
    p = 1
    for a in args:
        p *= a
    return p


def evaluate(x, env):
    while True:
        if isinstance(x, Symbol):
            return env.find(x)[x]
        if not isinstance(x, list):
            return x
        if not x:
            return NIL
        head = x[0]
        if head == "quote":
            return x[1]
        if head == "if":
            _, test, conseq, *alt = x
            x = conseq if evaluate(test, env) is not False else (alt[0] if alt else NIL)
            continue
        if head == "define":
            if isinstance(x[1], list):
                name, *params = x[1]
                env[name] = Lambda(params, x[2:], env, name)
            else:
                env[x[1]] = evaluate(x[2], env)
            return NIL
        if head == "set!":
            env.find(x[1])[x[1]] = evaluate(x[2], env)
            return NIL
        if head == "lambda":
            return Lambda(x[1], x[2:], env)
        if head == "let":
            names = [b[0] for b in x[1]]
            values = [evaluate(b[1], env) for b in x[1]]
            env = Env(names, values, env)
            for expr in x[2:-1]:
                evaluate(expr, env)
            x = x[-1]
            continue
        if head == "begin":
            for expr in x[1:-1]:
                evaluate(expr, env)
            x = x[-1]
            continue
        if head == "and":
            result = True
            for expr in x[1:]:
                result = evaluate(expr, env)
                if result is False:
                    break
            return result
        fn = evaluate(head, env)
        args = [evaluate(a, env) for a in x[1:]]
        if isinstance(fn, Lambda):
            if len(args) != len(fn.params):
                raise LispError(f"{fn.name}: expected {len(fn.params)} args, got {len(args)}")
            env = Env(fn.params, args, fn.env)
            for expr in fn.body[:-1]:
                evaluate(expr, env)
            x = fn.body[-1]
            continue
        if not callable(fn):
            raise LispError(f"not a procedure: {to_str(fn)}")
        try:
            return fn(*args)
        except TypeError as exc:
            raise LispError(f"bad arguments to {to_str(head)}: {len(args)} given") from exc
        except IndexError:
            raise LispError(f"{to_str(head)}: empty list") from None


PROGRAM = """
(define (fact n) (if (<= n 1) 1 (* n (fact (- n 1)))))
(fact 25)
(define (loop n acc) (if (= n 0) acc (loop (- n 1) (+ acc n))))
(loop 100000 0)
(define (map f l) (if (null? l) '() (cons (f (car l)) (map f (cdr l)))))
(map (lambda (x) (* x x)) '(1 2 3 4 5))
(define (make-counter)
  (let ((n 0))
    (lambda () (set! n (+ n 1)) n)))
(define c (make-counter))
(c) (c) (c)
(define (filter p l) (if (null? l) '() (if (p (car l)) (cons (car l) (filter p (cdr l))) (filter p (cdr l)))))
(filter (lambda (x) (= (mod x 3) 0)) '(1 2 3 4 5 6 7 8 9))
(let ((a 2) (b 3)) (display (list a b)) (+ a b))
(and 1 2 #f)
(/ 7 2) (/ 7.0 2) (- 5)
'(nested (list (of things)) 1.5)
(begin (define x 10) (set! x (* x x)) x)
(fact)
(undefined-thing 1)
(car '())
(/ 1 0)
(+ 1 'a)
(1 2 3)
(define #t (= 1 1))
(define #f (= 1 2))
(if #f 'yes 'no)
map
"""

env = builtin_env()
for src in [PROGRAM, "(+ 1 2", ")", "(display 'ok)"]:
    try:
        exprs = read_all(src)
    except LispError as exc:
        print("read error:", exc)
        continue
    for expr in exprs:
        try:
            value = evaluate(expr, env)
            print(f"{to_str(expr)[:50]:<50} => {to_str(value)}")
        except LispError as exc:
            print(f"{to_str(expr)[:50]:<50} !! {exc}")
