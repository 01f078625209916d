# A small backtracking regular-expression engine: parser to an AST, matcher with generators.


class RegexError(Exception):
    pass


class Parser:
    """alt := seq ('|' seq)* ; seq := repeat* ; repeat := atom ('*'|'+'|'?'|'{m,n}')? ;
    atom := literal | '.' | '[' class ']' | '(' alt ')' | '^' | '$' | '\\' escape"""

    def __init__(self, pattern):
        self.p = pattern
        self.i = 0
        self.groups = 0

    def error(self, msg):
        raise RegexError(f"{msg} at position {self.i} in {self.p!r}")

    def peek(self):
        return self.p[self.i] if self.i < len(self.p) else None

    def next(self):
        ch = self.peek()
        self.i += 1
        return ch

    def parse(self):
        node = self.alt()
        if self.peek() is not None:
            self.error("unbalanced parenthesis")
        return node

    def alt(self):
        options = [self.seq()]
        while self.peek() == "|":
            self.next()
            options.append(self.seq())
        return options[0] if len(options) == 1 else ("alt", options)

    def seq(self):
        items = []
        while self.peek() not in (None, "|", ")"):
            items.append(self.repeat())
        return ("seq", items)

    def repeat(self):
        atom = self.atom()
        ch = self.peek()
        if ch in ("*", "+", "?"):
            self.next()
            lo, hi = {"*": (0, None), "+": (1, None), "?": (0, 1)}[ch]
            return ("rep", atom, lo, hi)
        if ch == "{":
            self.next()
            spec = ""
            while self.peek() not in (None, "}"):
                spec += self.next()
            if self.next() != "}":
                self.error("unterminated {")
            lo_s, _, hi_s = spec.partition(",")
            try:
                lo = int(lo_s)
                hi = lo if "," not in spec else (int(hi_s) if hi_s else None)
            except ValueError:
                self.error(f"bad repeat {{{spec}}}")
            return ("rep", atom, lo, hi)
        return atom

    def atom(self):
        ch = self.next()
        if ch == "(":
            self.groups += 1
            index = self.groups
            node = self.alt()
            if self.next() != ")":
                self.error("missing )")
            return ("group", index, node)
        if ch == ".":
            return ("any",)
        if ch in "^$":
            return ("anchor", ch)
        if ch == "[":
            return self.char_class()
        if ch == "\\":
            esc = self.next()
            if esc is None:
                self.error("trailing backslash")
            classes = {"d": "0123456789", "w": "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_",
                       "s": " \t\n"}
            if esc in classes:
                return ("set", classes[esc], False)
            return ("lit", esc)
        if ch in "*+?{":
            self.error(f"nothing to repeat")
        return ("lit", ch)

    def char_class(self):
        negate = self.peek() == "^"
        if negate:
            self.next()
        chars = []
        while self.peek() not in (None, "]"):
            c = self.next()
            if self.peek() == "-" and self.i + 1 < len(self.p) and self.p[self.i + 1] != "]":
                self.next()
                end = self.next()
                chars.extend(chr(o) for o in range(ord(c), ord(end) + 1))
            else:
                chars.append(c)
        if self.next() != "]":
            self.error("unterminated character class")
        return ("set", "".join(chars), negate)


def match_node(node, text, pos, groups):
    kind = node[0]
    if kind == "lit":
        if pos < len(text) and text[pos] == node[1]:
            yield pos + 1
    elif kind == "any":
        if pos < len(text) and text[pos] != "\n":
            yield pos + 1
    elif kind == "set":
        if pos < len(text) and ((text[pos] in node[1]) != node[2]):
            yield pos + 1
    elif kind == "anchor":
        if (node[1] == "^" and pos == 0) or (node[1] == "$" and pos == len(text)):
            yield pos
    elif kind == "seq":
        yield from match_seq(node[1], 0, text, pos, groups)
    elif kind == "alt":
        for option in node[1]:
            yield from match_node(option, text, pos, groups)
    elif kind == "group":
        _, index, inner = node
        for end in match_node(inner, text, pos, groups):
            saved = groups.get(index)
            groups[index] = (pos, end)
            yield end
            if saved is None:
                groups.pop(index, None)
            else:
                groups[index] = saved
    elif kind == "rep":
        yield from match_rep(node, text, pos, groups, 0)


def match_seq(items, k, text, pos, groups):
    if k == len(items):
        yield pos
        return
    for mid in match_node(items[k], text, pos, groups):
        yield from match_seq(items, k + 1, text, mid, groups)


def match_rep(node, text, pos, groups, count):
    _, atom, lo, hi = node
    if hi is None or count < hi:
        for nxt in match_node(atom, text, pos, groups):
            if nxt != pos:
                yield from match_rep(node, text, nxt, groups, count + 1)
    if count >= lo:
        yield pos


class Regex:
    def __init__(self, pattern):
        parser = Parser(pattern)
        self.tree = parser.parse()
        self.ngroups = parser.groups
        self.pattern = pattern

    def search(self, text):
        for start in range(len(text) + 1):
            groups = {}
            for end in match_node(self.tree, text, start, groups):
                spans = [groups.get(i) for i in range(1, self.ngroups + 1)]
                return (start, end), [text[s:e] if s is not None else None for s, e in (sp or (None, None) for sp in spans)]
        return None

    def findall(self, text):
        out, pos = [], 0
        while pos <= len(text):
            found = None
            for start in range(pos, len(text) + 1):
                for end in match_node(self.tree, text, start, {}):
                    found = (start, end)
                    break
                if found:
                    break
            if not found:
                break
            out.append(text[found[0]:found[1]])
            pos = found[1] if found[1] > found[0] else found[1] + 1
        return out


TESTS = [
    ("a+b", "xxaaab"),
    ("colou?r", "the color and colour"),
    ("(\\d+)-(\\d+)", "call 555-1234 now"),
    ("^(a|b)*c$", "ababbc"),
    ("^(a|b)*c$", "ababbd"),
    ("[A-Z][a-z]+", "hello World Foo"),
    ("[^aeiou ]+", "queue of eels"),
    ("x{2,3}", "x xx xxxx"),
    ("(\\w+)@(\\w+)\\.com", "mail bob@example.com today"),
    ("(a*)*b", "aaaac"),
    ("\\s+", "no-spaces"),
    (".*", ""),
]
for pattern, text in TESTS:
    r = Regex(pattern)
    print(f"{pattern!r:22} search {text!r:24} -> {r.search(text)}")
    print(f"{'':22} findall -> {r.findall(text)}")
for bad in ["(ab", "a)", "*a", "[abc", "a{x}", "ab\\"]:
    try:
        Regex(bad)
        print("compiled?!", bad)
    except RegexError as exc:
        print("RegexError:", exc)
