//! Tests of `ast.dump`: hand-built trees (generated from CPython's own trees by
//! `tools/ast_to_rust.py`) must print exactly as CPython 3.11's `ast.dump` prints them.

use super::*;

#[path = "fixtures.rs"]
mod fixtures;

#[test]
fn matches_cpython_dump() {
    for (i, (tree, flat, indented)) in fixtures::fixtures().into_iter().enumerate() {
        assert_eq!(dump(&tree, false, None), flat, "fixture {i}, single line");
        assert_eq!(dump(&tree, true, Some(3)), indented, "fixture {i}, indented with attributes");
    }
}

// Expected: python3 -c "import ast; print(ast.dump(ast.parse('x'), indent=0))" and indent=2.
#[test]
fn indents() {
    let name = Expr { kind: ExprKind::Name { id: "x".into(), ctx: ExprContext::Load }, loc: Loc::new(1, 0, 1, 1) };
    let tree = Mod::Module {
        body: vec![Stmt { kind: StmtKind::Expr { value: Box::new(name) }, loc: Loc::new(1, 0, 1, 1) }],
        type_ignores: vec![],
    };
    assert_eq!(dump(&tree, false, Some(0)), "Module(\nbody=[\nExpr(\nvalue=Name(id='x', ctx=Load()))],\ntype_ignores=[])");
    assert_eq!(
        dump(&tree, false, Some(2)),
        "Module(\n  body=[\n    Expr(\n      value=Name(id='x', ctx=Load()))],\n  type_ignores=[])"
    );
    let pass = Mod::Interactive { body: vec![Stmt { kind: StmtKind::Pass, loc: Loc::new(1, 0, 1, 4) }] };
    assert_eq!(dump(&pass, false, Some(3)), "Interactive(\n   body=[\n      Pass()])");
}
