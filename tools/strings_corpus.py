"""Writes every string-literal group of the standard library with CPython 3.11's AST for it,
for the ignored test `strings::tests::stdlib_corpus`:

    python3 tools/strings_corpus.py /tmp/strings_corpus.txt
    STRINGS_CORPUS=/tmp/strings_corpus.txt cargo test --lib stdlib_corpus -- --ignored

Each record: the file, the STRING tokens (byte offsets and positions, columns in bytes) and
`ast.dump(node, include_attributes=True)`, where every FormattedValue's expression is replaced
by Name(id='E') placed at the expression's start (its end set to its start).
"""
import ast, copy, os, sys, tokenize

ROOT = '/root/.pyenv/versions/3.11.7/lib/python3.11'


def files():
    for d, subdirs, names in os.walk(ROOT):
        subdirs[:] = sorted(s for s in subdirs if s != 'site-packages')
        for n in sorted(names):
            if n.endswith('.py'):
                yield os.path.join(d, n)


def placeholder(node):
    node = copy.deepcopy(node)
    for n in ast.walk(node):
        if isinstance(n, ast.FormattedValue):
            v = n.value
            n.value = ast.Name(id='E', ctx=ast.Load(), lineno=v.lineno, col_offset=v.col_offset,
                               end_lineno=v.lineno, end_col_offset=v.col_offset)
    return node


def main(out_path):
    out = open(out_path, 'w', encoding='utf-8')
    count = 0
    for path in files():
        raw = open(path, 'rb').read()
        if b'\r' in raw:
            continue
        try:
            src = raw.decode('utf-8')
            tree = ast.parse(src)
        except (UnicodeDecodeError, SyntaxError, ValueError):
            continue
        lines = src.split('\n')
        starts = [0]
        for l in lines:
            starts.append(starts[-1] + len(l.encode()) + 1)

        def bcol(line, col):
            return len(lines[line - 1][:col].encode())

        nodes = {}
        for n in ast.walk(tree):
            if isinstance(n, ast.JoinedStr) or (isinstance(n, ast.Constant) and isinstance(n.value, (str, bytes))):
                nodes.setdefault((n.lineno, n.col_offset, n.end_lineno, n.end_col_offset), n)
        groups, cur = [], []
        for tok in tokenize.generate_tokens(iter(src.splitlines(keepends=True)).__next__):
            if tok.type == tokenize.STRING:
                cur.append(tok)
            elif tok.type in (tokenize.NL, tokenize.COMMENT) and cur:
                continue
            elif cur:
                groups.append(cur)
                cur = []
        for g in groups:
            (l0, c0), (l1, c1) = g[0].start, g[-1].end
            key = (l0, bcol(l0, c0), l1, bcol(l1, c1))
            node = nodes.get(key)
            if node is None:
                continue
            toks = []
            for t in g:
                (a, b), (c, d) = t.start, t.end
                ba, bd = bcol(a, b), bcol(c, d)
                toks.append(f'{starts[a - 1] + ba},{starts[c - 1] + bd},{a},{ba},{c},{bd}')
            out.write(os.path.relpath(path, ROOT) + '\t' + ';'.join(toks) + '\t'
                      + ast.dump(placeholder(node), include_attributes=True) + '\n')
            count += 1
    print(count, 'groups')


main(sys.argv[1])
