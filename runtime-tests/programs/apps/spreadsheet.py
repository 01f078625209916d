# A spreadsheet: cells with formulas, references and ranges, dependency tracking, cycle detection.


class CellError(Exception):
    def __init__(self, code, detail=""):
        super().__init__(code if not detail else f"{code}: {detail}")
        self.code = code


def col_index(letters):
    n = 0
    for ch in letters:
        n = n * 26 + (ord(ch) - 64)
    return n


def col_name(n):
    s = ""
    while n:
        n, r = divmod(n - 1, 26)
        s = chr(65 + r) + s
    return s


def split_ref(ref):
    i = 0
    while i < len(ref) and ref[i].isalpha():
        i += 1
    letters, digits = ref[:i].upper(), ref[i:]
    if not letters or not digits.isdigit():
        raise CellError("#REF!", ref)
    return col_index(letters), int(digits)


def expand_range(a, b):
    (c1, r1), (c2, r2) = split_ref(a), split_ref(b)
    return [f"{col_name(c)}{r}" for r in range(min(r1, r2), max(r1, r2) + 1)
            for c in range(min(c1, c2), max(c1, c2) + 1)]


FUNCS = {
    "SUM": lambda vals: sum(vals),
    "AVG": lambda vals: sum(vals) / len(vals) if vals else 0,
    "MAX": lambda vals: max(vals),
    "MIN": lambda vals: min(vals),
    "COUNT": lambda vals: len(vals),
}


class Sheet:
    def __init__(self):
        self.raw = {}
        self.cache = {}
        self.evaluating = []

    def set(self, ref, text):
        self.raw[ref.upper()] = text
        self.cache.clear()

    def get(self, ref):
        ref = ref.upper()
        if ref in self.cache:
            return self.cache[ref]
        if ref in self.evaluating:
            cycle = self.evaluating[self.evaluating.index(ref):] + [ref]
            raise CellError("#CYCLE!", " -> ".join(cycle))
        self.evaluating.append(ref)
        try:
            value = self.compute(self.raw.get(ref, ""))
        finally:
            self.evaluating.pop()
        self.cache[ref] = value
        return value

    def compute(self, text):
        if text == "":
            return 0
        if not text.startswith("="):
            try:
                return int(text)
            except ValueError:
                try:
                    return float(text)
                except ValueError:
                    return text
        tokens = self.tokenize(text[1:])
        pos, value = self.expr(tokens, 0)
        if pos != len(tokens):
            raise CellError("#SYNTAX!", f"unexpected {tokens[pos]!r}")
        return value

    def tokenize(self, s):
        out, i = [], 0
        while i < len(s):
            ch = s[i]
            if ch == " ":
                i += 1
            elif ch.isalnum() or ch == ".":
                j = i
                while j < len(s) and (s[j].isalnum() or s[j] == "."):
                    j += 1
                out.append(s[i:j])
                i = j
            else:
                out.append(ch)
                i += 1
        return out

    def expr(self, t, pos):
        pos, left = self.term(t, pos)
        while pos < len(t) and t[pos] in "+-":
            op = t[pos]
            pos, right = self.term(t, pos + 1)
            left = self.arith(op, left, right)
        return pos, left

    def term(self, t, pos):
        pos, left = self.factor(t, pos)
        while pos < len(t) and t[pos] in "*/":
            op = t[pos]
            pos, right = self.factor(t, pos + 1)
            left = self.arith(op, left, right)
        return pos, left

    def arith(self, op, a, b):
        if isinstance(a, str) or isinstance(b, str):
            raise CellError("#VALUE!", f"{a!r} {op} {b!r}")
        if op == "/" and b == 0:
            raise CellError("#DIV/0!")
        return {"+": a + b, "-": a - b, "*": a * b, "/": a / b if op == "/" else 0}[op]

    def factor(self, t, pos):
        if pos >= len(t):
            raise CellError("#SYNTAX!", "unexpected end")
        tok = t[pos]
        if tok == "-":
            pos, v = self.factor(t, pos + 1)
            return pos, self.arith("-", 0, v)
        if tok == "(":
            pos, v = self.expr(t, pos + 1)
            if pos >= len(t) or t[pos] != ")":
                raise CellError("#SYNTAX!", "missing )")
            return pos + 1, v
        if tok.upper() in FUNCS and pos + 1 < len(t) and t[pos + 1] == "(":
            args, pos = [], pos + 2
            while True:
                if pos + 2 < len(t) and t[pos + 1] == ":":
                    args.extend(self.get(r) for r in expand_range(t[pos], t[pos + 2]))
                    pos += 3
                else:
                    pos, v = self.expr(t, pos)
                    args.append(v)
                if pos < len(t) and t[pos] == ",":
                    pos += 1
                    continue
                break
            if pos >= len(t) or t[pos] != ")":
                raise CellError("#SYNTAX!", "missing ) after arguments")
            nums = [a for a in args if not isinstance(a, str)]
            try:
                return pos + 1, FUNCS[tok.upper()](nums)
            except ValueError:
                raise CellError("#VALUE!", f"{tok.upper()} of nothing") from None
        if tok[0].isdigit() or tok[0] == ".":
            try:
                return pos + 1, int(tok) if tok.isdigit() else float(tok)
            except ValueError:
                raise CellError("#SYNTAX!", tok) from None
        if tok[0].isalpha():
            return pos + 1, self.get(tok)
        raise CellError("#SYNTAX!", f"unexpected {tok!r}")

    def show(self, ref):
        try:
            v = self.get(ref)
        except CellError as exc:
            return exc.code
        if isinstance(v, float):
            return f"{v:.2f}"
        return str(v)

    def render(self, cols, rows):
        width = 9
        print(" " * 4 + "".join(f"{col_name(c):>{width}}" for c in range(1, cols + 1)))
        for r in range(1, rows + 1):
            print(f"{r:>3} " + "".join(f"{self.show(col_name(c) + str(r)):>{width}}" for c in range(1, cols + 1)))


sheet = Sheet()
data = {
    "A1": "Item", "B1": "Qty", "C1": "Price", "D1": "Total",
    "A2": "pens", "B2": "10", "C2": "1.5", "D2": "=B2*C2",
    "A3": "books", "B3": "3", "C3": "12.25", "D3": "=B3*C3",
    "A4": "bags", "B4": "2", "C4": "20", "D4": "=B4 * C4",
    "A5": "sum", "B5": "=SUM(B2:B4)", "C5": "=AVG(C2:C4)", "D5": "=SUM(D2:D4)",
    "A6": "max", "B6": "=MAX(B2:B4, 7)", "C6": "=MIN(C2:C4)", "D6": "=D5/COUNT(D2:D4)",
    "A7": "errs", "B7": "=A2+1", "C7": "=1/(B4-2)", "D7": "=E7+1",
    "E7": "=D7*2", "E1": "=(1+2", "E2": "=SUM(A1:A3)", "E3": "=-B2+-(3*2)", "E4": "=Z99+5",
    "E5": "=MAX(A1:A2)", "E6": "=2 3",
}
for ref, text in data.items():
    sheet.set(ref, text)
sheet.render(5, 7)
for ref in ["B7", "C7", "D7", "E1", "E5", "E6"]:
    try:
        sheet.get(ref)
    except CellError as exc:
        print(f"{ref}: {exc}")
sheet.set("B2", "100")
print("after B2=100: D2 =", sheet.show("D2"), "D5 =", sheet.show("D5"), "B6 =", sheet.show("B6"))
sheet.set("E7", "5")
print("after breaking the cycle: D7 =", sheet.show("D7"))
print([col_name(n) for n in (1, 26, 27, 52, 53, 702, 703)], [col_index(s) for s in ("A", "Z", "AA", "ZZ", "AAA")])
print(expand_range("B3", "A1"))
