#!/usr/bin/env python3
"""Generate text_cases.jsonl: method calls on str/bytes/bytearray with CPython 3.11's results.

Each line: {"recv": V, "meth": NAME, "args": [V...], "kw": [[name, V]...], "out": TEXT}
where V encodes a value (["S", text], ["s", [code points]] for text with lone surrogates, ["b", [bytes]], ["ba", [bytes]], ["i", int],
["n"], ["t", [V...]], ["d", [[V, V]...]], ["f", float]) and TEXT is repr(result) or
"!ExcType: message". The Rust test `text_cases::cases_match_cpython` replays every line.
Run: python3 src/objects/text_cases/gen_text_cases.py > src/objects/text_cases/text_cases.jsonl
"""
import json, sys

def enc(v):
    if v is None: return ["n"]
    if v is bytes: return ["type", "bytes"]
    if v is bytearray: return ["type", "bytearray"]
    if isinstance(v, bool): return ["bool", int(v)]
    if isinstance(v, int): return ["i", v] if -2**63 <= v < 2**63 else ["I", str(v)]
    if isinstance(v, float): return ["f", v]
    if isinstance(v, str):
        if any(0xD800 <= ord(c) < 0xE000 for c in v):
            return ["s", [ord(c) for c in v]]
        return ["S", v]
    if isinstance(v, bytes): return ["b", list(v)]
    if isinstance(v, bytearray): return ["ba", list(v)]
    if isinstance(v, tuple): return ["t", [enc(x) for x in v]]
    if isinstance(v, list): return ["l", [enc(x) for x in v]]
    if isinstance(v, dict): return ["d", [[enc(k), enc(x)] for k, x in v.items()]]
    raise TypeError(v)

out = []
def case(recv, meth, *args, **kw):
    try:
        r = getattr(recv, meth)(*args, **kw)
        text = repr(r)
        if isinstance(r, dict):
            return
    except Exception as e:
        text = "!%s: %s" % (type(e).__name__, e)
    out.append({"recv": enc(recv), "meth": meth, "args": [enc(a) for a in args],
                "kw": [[k, enc(v)] for k, v in kw.items()], "out": text})

S = ["", "a", "abc", "Hello World", "  spaced  out  ", "a,b,,c", "héllo wörld", "日本語テキスト", "aé日😀",
     "\t tab\n\x0bx\x0cy\rz\x1c\x85\xa0\u2028\u3000end", "ΣΑΣ ΟΔΟΣ", "ß", "ǆ x", "ﬁne", "MiXeD 123 cAsE",
     "x\ud800y", "123", "١٢٣", "²", "½", "_id1", "1id", "line1\nline2\r\nline3\rline4"]
for s in S:
    for m in ["lower", "upper", "swapcase", "title", "capitalize", "casefold", "isalpha", "isalnum",
              "isdigit", "isdecimal", "isnumeric", "isspace", "islower", "isupper", "istitle",
              "isidentifier", "isprintable", "isascii", "split", "rsplit", "splitlines", "strip",
              "lstrip", "rstrip", "__sizeof__", "__getnewargs__"]:
        case(s, m)
    case(s, "splitlines", True)
    for sub in ["", "a", "l", "o w", "é", "日本", "x\ud800", ","]:
        for rng in [(), (2, 5), (-3,), (-100, 100), (5, 2)]:
            for m in ["find", "rfind", "count", "index", "startswith", "endswith"]:
                case(s, m, sub, *rng)
        case(s, "split", sub)
        case(s, "rsplit", sub)
        case(s, "split", sub, 1)
        case(s, "rsplit", sub, 1)
        case(s, "partition", sub)
        case(s, "rpartition", sub)
        case(s, "replace", sub, "<>")
        case(s, "replace", sub, "", 1)
        case(s, "strip", sub)
        case(s, "removeprefix", sub)
        case(s, "removesuffix", sub)
    for w in [0, 5, 12, 30]:
        case(s, "center", w)
        case(s, "center", w, "*")
        case(s, "ljust", w, "é")
        case(s, "rjust", w)
        case(s, "zfill", w)
    case(s, "expandtabs")
    case(s, "expandtabs", 3)
    case(s, "split", None, 1)
    case(s, "rsplit", None, 1)
    case(s, "split", maxsplit=2)
    case(s, "encode")
    case(s, "encode", "latin-1", "replace")
    case(s, "encode", "ascii", "xmlcharrefreplace")
    case(s, "encode", "utf-16")
    case(s, "encode", "utf-32-be")
    case(s, "encode", "ascii")
    case(s, "__mod__", ())
    case(s, "format")
    case(s, "join", ["x", "y", "z"])
    case(s, "startswith", ("q", "H", ""))
    case(s, "translate", {97: "A", 98: None, 233: 101})
# Unicode case mapping and classes on harder text.
U = ["ΣΑΣ", "ΑΣ.", "Σ", "ΑΣ'Σ", "ὈΔΥΣΣΕΎΣ", "İIıi", "ǅǄǆ ǈ", "ﬀﬁﬂﬃﬄﬅﬆ", "ŉ", "ꭰꭱ Ꭰ", "ᾈᾀ", "Ⅻ ⅻ", "ⓐⒶ", "ǰ", "ΐ",
     "ß ẞ", "Straße", "ǲa", "hello ǉubljana", "𐐀𐐨", "aͅb", "ﬅa", "ẋ", "ꟶ", "ʼn", "ǈubljana ǋe"]
for s in U:
    for m in ["lower", "upper", "swapcase", "title", "capitalize", "casefold", "islower", "isupper", "istitle", "isalpha"]:
        case(s, m)
# errors
for m, args, kw in [("upper", (1,), {}), ("split", (1, 2, 3), {}), ("replace", ("a",), {}),
                    ("find", (), {}), ("find", (1,), {}), ("center", (), {}), ("center", (1, 2), {}),
                    ("center", (1, "ab"), {}), ("join", ([1],), {}), ("split", (), {"x": 1}),
                    ("strip", (1,), {}), ("zfill", ("a",), {}), ("startswith", (1,), {}),
                    ("startswith", (("a", 1),), {}), ("endswith", (("b", 1),), {}), ("partition", ("",), {}),
                    ("split", ("",), {}), ("removeprefix", (1,), {}), ("replace", (), {"old": "a", "new": "b"}),
                    ("find", ("a", 1.5), {}), ("count", ("a", "x"), {}), ("expandtabs", (1, 2), {}),
                    ("encode", ("nope",), {}), ("encode", (1,), {}), ("encode", (), {"encodin": "x"}),
                    ("split", (None, "x"), {}), ("index", ("zz",), {}), ("rindex", ("zz",), {}),
                    ("join", (5,), {}), ("join", (), {}), ("zfill", (), {}), ("title", (), {"x": 1}),
                    ("splitlines", (1, 2), {}), ("index", ("a", 1, 2, 3), {}), ("translate", ({97: 1.5},), {}),
                    ("ljust", (2.0,), {}), ("rsplit", (1,), {}), ("__format__", (1,), {})]:
    case("abc", m, *args, **kw)
# percent and format
for fmt, args in [("%s|%r|%a", ("é", "é", "é")), ("%5d|%-5d|%05d|%+d|% d", (42, 42, -42, 7, 7)),
                  ("%x %X %o %#x %#o", (255, 255, 8, 255, 8)), ("%f %e %g %.2f %10.3e", (1.5, 12345.678, 1e-5, 3.14159, 2.5)),
                  ("%c%c", (65, "é")), ("%*d|%-*s|%.*f", (5, 1, 4, "ab", 2, 3.14159)), ("%d", (3.99,)),
                  ("%s %s", (1,)), ("%s", (1, 2)), ("%d", ("a",)), ("%x", (1.5,)), ("%z", (1,)), ("%c", (0x110000,)),
                  ("%(a)s", (1,)), ("100%%", ()), ("%", (1,)), ("%.3s|%5.1s", ("abcdef", "xyz")), ("%i %u", (True, 2**70))]:
    case(fmt, "__mod__", args)
case("%(a)s-%(b)05.1f", "__mod__", {"a": "x", "b": 2.25})
case("%s", "__mod__", "single")
case("%s", "__mod__", [1, 2])
for fmt, args, kw in [("{} {} {}", (1, "a", None), {}), ("{0}{1}{0}", ("x", "y"), {}), ("{a}-{b!r}", (), {"a": 1, "b": "q"}),
                      ("{:>5}|{:<5}|{:^5}|{:*^7}", ("a", "b", "c", "d"), {}), ("{0:5d}|{0:05d}|{0:+d}|{0:x}|{0:#b}|{0:,}", (12345,), {}),
                      ("{:.3f}|{:10.2e}|{:%}|{:g}", (3.14159, 12345.678, 0.25, 1e-5), {}), ("{:{}}|{:{}{}}", ("a", 4, "b", ">", 5), {}),
                      ("{{}} {{{}}}", (5,), {}), ("}", (), {}), ("{", (), {}), ("{0", (1,), {}), ("{}{0}", (1, 2), {}),
                      ("{0}{}", (1, 2), {}), ("{1}", (1,), {}), ("{a}", (1,), {}), ("{!x}", (1,), {}), ("{:d}", ("a",), {}),
                      ("{!r:>8}|{!s:3}|{!a}", ("é", 12, "日"), {}), ("{0[1]}{0[0]}", ("ab",), {}), ("{0[k]}", ({"k": "v"},), {}),
                      ("{:+}", ("a",), {}), ("{:=5}", ("a",), {}), ("{:,_}", (1,), {}), ("{:c}", (97,), {}), ("{0.}", (1,), {}),
                      ("{0[}", ([1],), {}), ("{0[0]x}", ([1],), {}), ("{!", (1,), {}), ("{!rx}", (1,), {}),
                      ("{:{:{}}}", (1, 2, 3), {}), ("{:.2}|{:.0%}|{:z.1f}|{:_x}", ("abc", 0.5, -0.0, 2**40), {})]:
    case(fmt, "format", *args, **kw)
case("{a}{b}", "format_map", {"a": 1, "b": 2})
case("{}", "format_map", {})
for v, spec in [("abc", ""), ("abc", ">6"), ("abc", "^7.2"), ("abc", "d"), ("abc", "+"), ("é", "*<3")]:
    case(v, "__format__", spec)
# bytes and bytearray
B = [b"", b"abc", b"Hello World", b"  a b  ", b"a,b,,c", b"\x00\xff\x80", b"line1\nline2\r\nx"]
for b in B:
    for r in (b, bytearray(b)):
        for m in ["lower", "upper", "swapcase", "title", "capitalize", "isalpha", "isalnum", "isdigit",
                  "isspace", "islower", "isupper", "istitle", "isascii", "split", "rsplit", "splitlines",
                  "strip", "lstrip", "rstrip", "hex", "decode"]:
            case(r, m)
        for sub in [b"", b"a", b"l", b",", 97]:
            for rng in [(), (2, 5), (-3,)]:
                for m in ["find", "rfind", "count", "index"]:
                    case(r, m, sub, *rng)
            if isinstance(sub, bytes):
                for m in ["startswith", "endswith", "split", "rsplit", "partition", "rpartition", "strip",
                          "removeprefix", "removesuffix"]:
                    case(r, m, sub)
                case(r, "replace", sub, b"<>")
                case(r, "replace", sub, b"", 1)
        for w in [0, 5, 12]:
            case(r, "center", w)
            case(r, "ljust", w, b"*")
            case(r, "rjust", w)
            case(r, "zfill", w)
        case(r, "hex", ":")
        case(r, "hex", "-", 2)
        case(r, "hex", "-", -2)
        case(r, "decode", "latin-1")
        case(r, "decode", "utf-8", "replace")
        case(r, "decode", "utf-8", "backslashreplace")
        case(r, "decode", "ascii", "ignore")
        case(r, "decode", "utf-8", "surrogateescape")
        case(r, "join", [b"x", bytearray(b"y")])
        case(r, "expandtabs", 4)
        case(r, "translate", None, b"a")
        case(r, "__mod__", ())
for m, args in [("strip", ("a",)), ("startswith", ("a",)), ("startswith", (("a",),)), ("replace", ("a", "b")),
                ("join", (["a"],)), ("center", (3, "x")), ("center", (3, b"xy")), ("find", (300,)), ("find", ("a",)),
                ("split", (1,)), ("partition", ("a",)), ("removeprefix", ("a",)), ("index", (b"z",)), ("decode", (1,)),
                ("split", (b"",)), ("translate", (b"x",)), ("hex", ("--",)), ("decode", ("nope",))]:
    case(b"abc", m, *args)
    case(bytearray(b"abc"), m, *args)
for fmt, args in [(b"%s %d %r %a %x %c %c", (b"x", 5, "y", "z", 255, 65, b"B")), (b"%s", (1,)), (b"%s", ("a",)),
                  (b"%5.1f|%-4s|", (2.25, b"a")), (b"%c", (300,)), (b"%c", ("a",)), (b"%i", (3.7,)), (b"%x", (3.7,)),
                  (b"%b|%5s|%.1s", (bytearray(b"q"), b"ab", b"xyz"))]:
    case(fmt, "__mod__", args)
    case(bytearray(fmt), "__mod__", args)
for data, err in [(b"a\xffb", "strict"), (b"\xe2\x82", "strict"), (b"\xe2\x82a", "replace"), (b"\xed\xa0\x80", "strict"),
                  (b"\xf0\x9f\x98\x80", "strict"), (b"\x80abc", "ignore"), (b"a\xffb", "bogus"), (b"ok", "bogus")]:
    case(data, "decode", "utf-8", err)
for s, e, err in [("é€", "latin-1", "strict"), ("ab€€c", "ascii", "strict"), ("a\udc80", "utf-8", "strict"),
                  ("a\udcff", "utf-8", "surrogateescape"), ("aé€😀", "latin-1", "namereplace"), ("aé€", "ascii", "backslashreplace"),
                  ("\ud800\udc00", "utf-16", "strict"), ("x", "utf-8", "bogus"), ("\udc80", "utf-8", "bogus")]:
    case(s, "encode", e, err)
for s in ["ab", "0a 0B", " 0a0b ", "a", "zz", "0z", ""]:
    case(bytes, "fromhex", s)
for line in out:
    print(json.dumps(line, ensure_ascii=False, separators=(",", ":")))
