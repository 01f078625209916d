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

/// `-` applied `n` times to 1, as a module.
fn unary_chain(n: usize) -> Mod {
    let l = Loc::new(1, 0, 1, 1);
    let mut e = Expr { kind: ExprKind::Constant { value: Constant::Int(1.into()), kind: None }, loc: l };
    for _ in 0..n {
        e = Expr { kind: ExprKind::UnaryOp { op: UnaryOp::USub, operand: Box::new(e) }, loc: l };
    }
    Mod::Module { body: vec![Stmt { kind: StmtKind::Expr { value: Box::new(e) }, loc: l }], type_ignores: vec![] }
}

// Expected: `python3 -m ast` dumps "-" * 985 + "1" and raises RecursionError for 986.
#[test]
fn recursion_limit_as_cpython() {
    assert!(dump_checked(&unary_chain(985), false, Some(3)).is_some());
    assert!(dump_checked(&unary_chain(986), false, Some(3)).is_none());
    assert!(dump_checked(&unary_chain(986), true, None).is_none());
    // Far deeper trees stop early instead of exhausting the stack.
    let deep = unary_chain(200_000);
    assert_eq!(dump(&deep, false, None), RECURSION_ERROR);
    // Dropping a 200,000-deep Box chain recursively would overflow the test thread's stack.
    std::mem::forget(deep);
}
