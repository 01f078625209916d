"""Prints Rust code that builds src/parser/ast.rs trees equal to CPython's ast for snippets,
with the expected ast.dump output: regenerates src/parser/dump/fixtures.rs.

Usage: python3 runtime-tests/tools/ast_to_rust.py > src/parser/dump/fixtures.rs   (CPython 3.11)
"""
import ast

KINDS = {ast.stmt: 'Stmt', ast.expr: 'Expr', ast.pattern: 'Pattern'}
STRUCTS = {'comprehension': 'Comprehension', 'keyword': 'Keyword', 'withitem': 'WithItem',
           'match_case': 'MatchCase', 'arg': 'Arg', 'arguments': 'Arguments',
           'ExceptHandler': 'ExceptHandler', 'alias': 'Alias', 'TypeIgnore': 'TypeIgnore'}
ASYNC = {'AsyncFunctionDef': 'FunctionDef', 'AsyncFor': 'For', 'AsyncWith': 'With'}


def loc(n):
    return f'Loc::new({n.lineno}, {n.col_offset}, {n.end_lineno}, {n.end_col_offset})'


def rlit_str(s):
    out = []
    for c in s:
        if c in '"\\': out.append('\\' + c)
        elif ' ' <= c <= '~': out.append(c)
        else: out.append('\\u{%x}' % ord(c))
    return '"' + ''.join(out) + '"'


def rstr(s):
    return rlit_str(s) + '.into()'


def const(v):
    if v is None: return 'Constant::None'
    if v is True: return 'Constant::Bool(true)'
    if v is False: return 'Constant::Bool(false)'
    if v is ...: return 'Constant::Ellipsis'
    if isinstance(v, int): return f'Constant::Int("{v}".parse().unwrap())'
    if isinstance(v, float): return f'Constant::Float({v!r}f64)' if v != float('inf') else 'Constant::Float(f64::INFINITY)'
    if isinstance(v, complex):
        im = 'f64::INFINITY' if v.imag == float('inf') else f'{v.imag!r}f64'
        return f'Constant::Complex {{ real: 0.0, imag: {im} }}'
    if isinstance(v, str):
        if any(0xD800 <= ord(c) <= 0xDFFF for c in v):
            return 'Constant::Str(wtf(&' + str([ord(c) for c in v]) + '))'
        return f'Constant::Str(Wtf8Buf::from({rlit_str(v)}))'
    if isinstance(v, bytes): return 'Constant::Bytes(vec!' + str(list(v)) + ')'
    raise ValueError(v)


def node(n, boxed):
    """Rust expression for a node; `boxed` = it sits in a Box."""
    code = node_inner(n)
    return f'Box::new({code})' if boxed else code


def value(cls, field, v, in_kind):
    if isinstance(v, list):
        items = []
        for x in v:
            if x is None:
                items.append('None')
            elif field in ('keys', 'kw_defaults') and cls in ('Dict', 'arguments'):
                items.append(f'Some({node(x, False)})')
            elif isinstance(x, str):
                items.append(rstr(x))
            elif isinstance(x, ast.cmpop):
                items.append('CmpOp::' + type(x).__name__)
            else:
                items.append(node(x, False))
        return 'vec![' + ', '.join(items) + ']'
    if isinstance(v, ast.expr_context): return 'ExprContext::' + type(v).__name__
    if isinstance(v, ast.operator): return 'Operator::' + type(v).__name__
    if isinstance(v, ast.unaryop): return 'UnaryOp::' + type(v).__name__
    if isinstance(v, ast.boolop): return 'BoolOp::' + type(v).__name__
    if field in ('simple', 'is_async'): return 'true' if v else 'false'
    if cls == 'Constant' and field == 'value': return const(v)
    if cls == 'MatchSingleton': return const(v)
    optional = getattr(getattr(ast, cls), field, ...) is None
    if optional:
        if v is None: return 'None'
        if isinstance(v, str): return f'Some({rstr(v)})'
        if isinstance(v, int): return str(v)
        return f'Some({node(v, True)})'
    if isinstance(v, str): return rstr(v)
    if isinstance(v, int): return str(v)
    return node(v, in_kind)


def node_inner(n):
    name = type(n).__name__
    for base, kind in KINDS.items():
        if isinstance(n, base):
            fields = []
            rname = ASYNC.get(name, name)
            if name in ASYNC: fields.append('is_async: ' + ('true' if name != rname else 'false'))
            elif rname in ASYNC.values(): fields.append('is_async: false')
            if name in ('Try', 'TryStar'):
                fields.append('is_star: ' + ('true' if name == 'TryStar' else 'false'))
                rname = 'Try'
            for f in n._fields:
                fields.append(f'{f}: ' + value(name, f, getattr(n, f), True))
            body = ' { ' + ', '.join(fields) + ' }' if fields else ''
            return f'{kind} {{ kind: {kind}Kind::{rname}{body}, loc: {loc(n)} }}'
    if isinstance(n, ast.mod):
        fields = ', '.join(f'{f}: ' + value(name, f, getattr(n, f), True) for f in n._fields)
        return f'Mod::{name} {{ {fields} }}'
    rs = STRUCTS[name]
    fields = []
    for f in n._fields:
        rf = 'type_' if f == 'type' else f
        fields.append(f'{rf}: ' + value(name, f, getattr(n, f), False))
    if n._attributes:
        fields.append('loc: ' + loc(n))
    return f'{rs} {{ ' + ', '.join(fields) + ' }'


SNIPPETS = [
    ('exec', 'x = -1.5; del a[1:], b\nf(*a, k=2, **kw)\nimport a.b as c\nfrom . import d\n'),
    ('exec', 'def f(a, /, b=1, *c, d, e=2, **g) -> int: pass\nasync def h():\n  async for x in y: await z\n  async with a as b, c: return\n'),
    ('exec', 'class C(B, metaclass=M):\n  x: int = 3\n  y: "s"\n  (z): int\n  global q\n'),
    ('exec', 'try:\n  pass\nexcept E as e:\n  raise X from e\nexcept:\n  pass\nelse:\n  break\nfinally:\n  continue\n'),
    ('exec', 'try:\n  pass\nexcept* E:\n  pass\n'),
    ('exec', "x = {1: 2, **d}, {1}, [i for i in j if i if k], {a: b async for a, b in c}, (yield), lambda: 0\n"),
    ('exec', "match p:\n  case [1, *r] | {'k': 2, **rest} if g: pass\n  case C(1, a=2) as z: pass\n  case None | True | _: pass\n  case (*_,): pass\n"),
    ('exec', "s = 'it\\'s', b'\\x00\\'\"', u'\\u2028\\ud800', 1e16, 1e-5, 2j, 1e400, 10**100, ..., True, None, a if b else c, not x, a < b <= c is not d\n"),
    ('exec', "f'a{b!r:>{w}}c{d=}' \nwith a: x[1:2:3] = y @ z\nwhile x := f(): assert x, 'm'\nif a and b or c: nonlocal x\nelse: x += 1\n"),
    ('eval', 'a.b[c]'),
    ('single', 'x = 1; y = 2'),
    ('func_type', '(int, *str) -> None'),
]


def main():
    print('//! Generated by `python3 runtime-tests/tools/ast_to_rust.py > src/parser/dump/fixtures.rs` (CPython 3.11):')
    print('//! trees built by hand and what `ast.dump` prints for them.')
    print()
    print('use crate::parser::ast::*;')
    print('use crate::wtf8::Wtf8Buf;')
    print()
    print('fn wtf(cps: &[u32]) -> Wtf8Buf {')
    print('    let mut w = Wtf8Buf::new();')
    print('    cps.iter().for_each(|&c| w.push_code_point(c));')
    print('    w')
    print('}')
    print()
    print('/// (tree, dump(indent=None), dump(include_attributes=True, indent=3)), per snippet.')
    print('pub fn fixtures() -> Vec<(Mod, &\'static str, &\'static str)> {')
    print('    vec![')
    for mode, src in SNIPPETS:
        tree = ast.parse(src, mode=mode, type_comments=True)
        d1 = ast.dump(tree)
        d2 = ast.dump(tree, include_attributes=True, indent=3)
        print(f'        // {src!r} ({mode})')
        print(f'        ({node_inner(tree)}, {rlit(d1)}, {rlit(d2)}),')
    print('    ]')
    print('}')


def rlit(s):
    return 'r####"' + s + '"####'


main()
