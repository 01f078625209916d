# A hand-written JSON parser, pretty printer and compact serializer with error positions.


class JSONError(ValueError):
    def __init__(self, msg, text, pos):
        line = text.count("\n", 0, pos) + 1
        col = pos - (text.rfind("\n", 0, pos) + 1) + 1
        super().__init__(f"{msg} at line {line} column {col}")
        self.pos = pos


ESCAPES = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}


class Parser:
    def __init__(self, text):
        self.text = text
        self.pos = 0

    def error(self, msg):
        raise JSONError(msg, self.text, self.pos)

    def skip_ws(self):
        while self.pos < len(self.text) and self.text[self.pos] in " \t\r\n":
            self.pos += 1

    def peek(self):
        self.skip_ws()
        return self.text[self.pos] if self.pos < len(self.text) else ""

    def expect(self, ch):
        if self.peek() != ch:
            self.error(f"expected {ch!r}")
        self.pos += 1

    def parse(self):
        value = self.value()
        if self.peek():
            self.error("extra data")
        return value

    def value(self):
        ch = self.peek()
        if ch == "{":
            return self.obj()
        if ch == "[":
            return self.arr()
        if ch == '"':
            return self.string()
        if ch == "-" or ch.isdigit():
            return self.number()
        for word, val in (("true", True), ("false", False), ("null", None)):
            if self.text.startswith(word, self.pos):
                self.pos += len(word)
                return val
        self.error("unexpected character" if ch else "unexpected end of input")

    def obj(self):
        self.expect("{")
        result = {}
        if self.peek() == "}":
            self.pos += 1
            return result
        while True:
            if self.peek() != '"':
                self.error("expected string key")
            key = self.string()
            self.expect(":")
            result[key] = self.value()
            if self.peek() == ",":
                self.pos += 1
                continue
            self.expect("}")
            return result

    def arr(self):
        self.expect("[")
        items = []
        if self.peek() == "]":
            self.pos += 1
            return items
        while True:
            items.append(self.value())
            if self.peek() == ",":
                self.pos += 1
                continue
            self.expect("]")
            return items

    def string(self):
        self.expect('"')
        out = []
        while True:
            if self.pos >= len(self.text):
                self.error("unterminated string")
            ch = self.text[self.pos]
            self.pos += 1
            if ch == '"':
                return "".join(out)
            if ch == "\\":
                esc = self.text[self.pos:self.pos + 1]
                self.pos += 1
                if esc == "u":
                    digits = self.text[self.pos:self.pos + 4]
                    if len(digits) < 4 or any(c not in "0123456789abcdefABCDEF" for c in digits):
                        self.error("bad unicode escape")
                    out.append(chr(int(digits, 16)))
                    self.pos += 4
                elif esc in ESCAPES:
                    out.append(ESCAPES[esc])
                else:
                    self.error(f"bad escape \\{esc}")
            else:
                out.append(ch)

    def number(self):
        start = self.pos
        if self.text[self.pos] == "-":
            self.pos += 1
        while self.pos < len(self.text) and self.text[self.pos] in "0123456789.eE+-":
            self.pos += 1
        literal = self.text[start:self.pos]
        try:
            if any(c in literal for c in ".eE"):
                return float(literal)
            return int(literal)
        except ValueError:
            self.pos = start
            self.error(f"bad number {literal!r}")


def quote(s):
    out = ['"']
    for ch in s:
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ord(ch) < 0x20 or ord(ch) > 0x7E:
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def dumps(value, indent=None, sort_keys=False, _level=0):
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, str):
        return quote(value)
    if isinstance(value, (list, tuple)):
        if not value:
            return "[]"
        parts = [dumps(v, indent, sort_keys, _level + 1) for v in value]
        if indent is None:
            return "[" + ", ".join(parts) + "]"
        pad = " " * (indent * (_level + 1))
        return "[\n" + ",\n".join(pad + p for p in parts) + "\n" + " " * (indent * _level) + "]"
    if isinstance(value, dict):
        if not value:
            return "{}"
        keys = sorted(value) if sort_keys else list(value)
        parts = [f"{quote(str(k))}: {dumps(value[k], indent, sort_keys, _level + 1)}" for k in keys]
        if indent is None:
            return "{" + ", ".join(parts) + "}"
        pad = " " * (indent * (_level + 1))
        return "{\n" + ",\n".join(pad + p for p in parts) + "\n" + " " * (indent * _level) + "}"
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


DOCUMENT = """
{
  "name": "pyjit",
  "version": [0, 1, 0],
  "tags": ["python", "jit", "rust"],
  "stable": false,
  "license": null,
  "ratio": 1.25,
  "big": 12345678901234567890,
  "neg": -3e-2,
  "nested": {"deep": {"deeper": [1, {"x": "y"}, []]}, "empty": {}},
  "text": "tab\\tquote\\" slash\\/ newline\\n caf\\u00e9"
}
"""

data = Parser(DOCUMENT).parse()
print(dumps(data, indent=2))
print(dumps(data, sort_keys=True))
print(data["text"])
roundtrip = Parser(dumps(data, indent=4)).parse()
print("roundtrip equal:", roundtrip == data)


def stats(value, depth=0, acc=None):
    acc = acc if acc is not None else {"max_depth": 0, "counts": {}}
    acc["max_depth"] = max(acc["max_depth"], depth)
    name = type(value).__name__
    acc["counts"][name] = acc["counts"].get(name, 0) + 1
    if isinstance(value, dict):
        for v in value.values():
            stats(v, depth + 1, acc)
    elif isinstance(value, list):
        for v in value:
            stats(v, depth + 1, acc)
    return acc


s = stats(data)
print("max depth", s["max_depth"], sorted(s["counts"].items()))

BAD = [
    '{"a": 1,}',
    '[1, 2',
    '{"a" 1}',
    '"unterminated',
    '[1, 2] 3',
    '{"k": tru}',
    '"bad \\q escape"',
    '"\\u12G4"',
    '[1.2.3]',
    '',
    '{1: 2}',
]
for text in BAD:
    try:
        Parser(text).parse()
        print("parsed?!", text)
    except JSONError as exc:
        print(f"{text!r:22} -> {exc}")
try:
    dumps({"s": {1, 2}})
except TypeError as exc:
    print("TypeError:", exc)
