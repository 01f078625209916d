//! `ast.dump(tree, include_attributes=..., indent=...)` of CPython 3.11's `ast.py`, byte for
//! byte, and (in `dump/cli.rs`) `pyjit -m ast`.
//!
//! `ast.dump` prints a node on one line when it has at most three printed fields and every one
//! of them is "simple" (a scalar, an empty list, or a node that itself prints no fields);
//! otherwise each field goes on its own line, indented one more level. Fields whose value is
//! None are left out when the class default is None (optional fields). Everything is written
//! into one `String`; each node's fields are first listed in a small fixed array of borrowed
//! values so the one-line decision needs no formatting.

mod cli;

pub use cli::main;

use super::ast::*;
use crate::pyrepr;

/// What `ast.dump` (pure Python, recursion limit 1000) hits on a tree nested too deeply.
pub const RECURSION_ERROR: &str = "RecursionError: maximum recursion depth exceeded";

/// `ast.dump(tree, include_attributes=include_attributes, indent=indent)`; `indent: None` is
/// the single-line form (indent=None), `Some(n)` indents by `n` spaces. A tree too deep for
/// CPython's `ast.dump` gives [`RECURSION_ERROR`] (see [`dump_checked`]).
pub fn dump(tree: &Mod, include_attributes: bool, indent: Option<usize>) -> String {
    dump_checked(tree, include_attributes, indent).unwrap_or_else(|| RECURSION_ERROR.to_string())
}

/// `ast.dump`, or `None` where CPython's raises RecursionError: its `_format` recursion
/// (counted frame for frame, see `Dumper::enter`) would pass the interpreter's limit of
/// 1000 frames. This also bounds the recursion here.
pub fn dump_checked(tree: &Mod, include_attributes: bool, indent: Option<usize>) -> Option<String> {
    dump_value(V::Mod(tree), include_attributes, indent)
}

/// `ast.dump` of a lone expression node (for tests and debugging).
pub fn dump_expr(e: &Expr, include_attributes: bool, indent: Option<usize>) -> String {
    dump_value(V::Expr(e), include_attributes, indent).unwrap_or_else(|| RECURSION_ERROR.to_string())
}

fn dump_value(v: V<'_>, include_attributes: bool, indent: Option<usize>) -> Option<String> {
    let mut d = Dumper { out: String::with_capacity(1 << 12), attrs: include_attributes, indent, depth: 0, too_deep: false };
    d.value(v, 0);
    (!d.too_deep).then_some(d.out)
}

/// Python frames `ast.dump` may use below its first `_format` call under `python -m ast`
/// (1000 minus the frames of runpy, the module, `main` and `dump`). Measured with python3:
/// a chain of 985 unary minus signs (`--...-1`) dumps, 986 raise RecursionError; each
/// nesting inside a call's argument list costs 4 frames (986 - 4k `+` terms fit in k calls).
const FRAME_LIMIT: usize = 993;

/// A field value, borrowed from the tree.
#[derive(Clone, Copy)]
enum V<'a> {
    Mod(&'a Mod),
    Expr(&'a Expr),
    Stmt(&'a Stmt),
    Exprs(&'a [Expr]),
    /// A list whose `None` entries print as `None` (Dict keys, kw_defaults).
    OptExprs(&'a [Option<Expr>]),
    Stmts(&'a [Stmt]),
    Ident(&'a str),
    Idents(&'a [Identifier]),
    Int(i64),
    Const(&'a Constant),
    /// A node without fields, such as `Load()` or `Add()`.
    Bare(&'static str),
    CmpOps(&'a [CmpOp]),
    Arguments(&'a Arguments),
    Arg(&'a Arg),
    Args(&'a [Arg]),
    Keyword(&'a Keyword),
    Keywords(&'a [Keyword]),
    Alias(&'a Alias),
    Aliases(&'a [Alias]),
    WithItem(&'a WithItem),
    WithItems(&'a [WithItem]),
    MatchCase(&'a MatchCase),
    MatchCases(&'a [MatchCase]),
    Pattern(&'a Pattern),
    Patterns(&'a [Pattern]),
    Comprehension(&'a Comprehension),
    Comprehensions(&'a [Comprehension]),
    Handler(&'a ExceptHandler),
    Handlers(&'a [ExceptHandler]),
    TypeIgnore(&'a TypeIgnore),
    TypeIgnores(&'a [TypeIgnore]),
}

const MAX_FIELDS: usize = 11;

/// A node's class name and its printed fields (optional fields that are None already left out).
struct Node<'a> {
    name: &'static str,
    fields: [(&'static str, V<'a>); MAX_FIELDS],
    len: usize,
}

impl<'a> Node<'a> {
    fn new(name: &'static str) -> Self {
        Node { name, fields: [("", V::Int(0)); MAX_FIELDS], len: 0 }
    }

    fn f(mut self, name: &'static str, v: V<'a>) -> Self {
        if let Some(slot) = self.fields.get_mut(self.len) {
            *slot = (name, v);
            self.len += 1;
        }
        self
    }

    /// An optional field: left out when None.
    fn opt<T: ?Sized>(self, name: &'static str, v: Option<&'a T>, wrap: impl FnOnce(&'a T) -> V<'a>) -> Self {
        match v {
            Some(x) => self.f(name, wrap(x)),
            None => self,
        }
    }

    fn loc(self, attrs: bool, loc: &Loc) -> Self {
        if !attrs {
            return self;
        }
        self.f("lineno", V::Int(loc.lineno as i64))
            .f("col_offset", V::Int(loc.col_offset as i64))
            .f("end_lineno", V::Int(loc.end_lineno as i64))
            .f("end_col_offset", V::Int(loc.end_col_offset as i64))
    }

    fn fields(&self) -> &[(&'static str, V<'a>)] {
        &self.fields[..self.len]
    }
}

fn ctx_name(c: ExprContext) -> &'static str {
    match c {
        ExprContext::Load => "Load",
        ExprContext::Store => "Store",
        ExprContext::Del => "Del",
    }
}

fn operator_name(op: Operator) -> &'static str {
    match op {
        Operator::Add => "Add",
        Operator::Sub => "Sub",
        Operator::Mult => "Mult",
        Operator::MatMult => "MatMult",
        Operator::Div => "Div",
        Operator::Mod => "Mod",
        Operator::Pow => "Pow",
        Operator::LShift => "LShift",
        Operator::RShift => "RShift",
        Operator::BitOr => "BitOr",
        Operator::BitXor => "BitXor",
        Operator::BitAnd => "BitAnd",
        Operator::FloorDiv => "FloorDiv",
    }
}

fn cmpop_name(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Eq => "Eq",
        CmpOp::NotEq => "NotEq",
        CmpOp::Lt => "Lt",
        CmpOp::LtE => "LtE",
        CmpOp::Gt => "Gt",
        CmpOp::GtE => "GtE",
        CmpOp::Is => "Is",
        CmpOp::IsNot => "IsNot",
        CmpOp::In => "In",
        CmpOp::NotIn => "NotIn",
    }
}

fn boolop_name(op: BoolOp) -> &'static str {
    match op {
        BoolOp::And => "And",
        BoolOp::Or => "Or",
    }
}

fn unaryop_name(op: UnaryOp) -> &'static str {
    match op {
        UnaryOp::Invert => "Invert",
        UnaryOp::Not => "Not",
        UnaryOp::UAdd => "UAdd",
        UnaryOp::USub => "USub",
    }
}

fn expr_v(e: &Expr) -> V<'_> {
    V::Expr(e)
}

fn ident_v(s: &str) -> V<'_> {
    V::Ident(s)
}

fn mod_node(m: &Mod) -> Node<'_> {
    match m {
        Mod::Module { body, type_ignores } => {
            Node::new("Module").f("body", V::Stmts(body)).f("type_ignores", V::TypeIgnores(type_ignores))
        }
        Mod::Interactive { body } => Node::new("Interactive").f("body", V::Stmts(body)),
        Mod::Expression { body } => Node::new("Expression").f("body", V::Expr(body)),
        Mod::FunctionType { argtypes, returns } => {
            Node::new("FunctionType").f("argtypes", V::Exprs(argtypes)).f("returns", V::Expr(returns))
        }
    }
}

fn stmt_node(s: &Stmt, attrs: bool) -> Node<'_> {
    use StmtKind as S;
    let n = match &s.kind {
        S::FunctionDef { is_async, name, args, body, decorator_list, returns, type_comment } => {
            Node::new(if *is_async { "AsyncFunctionDef" } else { "FunctionDef" })
                .f("name", V::Ident(name))
                .f("args", V::Arguments(args))
                .f("body", V::Stmts(body))
                .f("decorator_list", V::Exprs(decorator_list))
                .opt("returns", returns.as_deref(), expr_v)
                .opt("type_comment", type_comment.as_deref(), ident_v)
        }
        S::ClassDef { name, bases, keywords, body, decorator_list } => Node::new("ClassDef")
            .f("name", V::Ident(name))
            .f("bases", V::Exprs(bases))
            .f("keywords", V::Keywords(keywords))
            .f("body", V::Stmts(body))
            .f("decorator_list", V::Exprs(decorator_list)),
        S::Return { value } => Node::new("Return").opt("value", value.as_deref(), expr_v),
        S::Delete { targets } => Node::new("Delete").f("targets", V::Exprs(targets)),
        S::Assign { targets, value, type_comment } => Node::new("Assign")
            .f("targets", V::Exprs(targets))
            .f("value", V::Expr(value))
            .opt("type_comment", type_comment.as_deref(), ident_v),
        S::AugAssign { target, op, value } => Node::new("AugAssign")
            .f("target", V::Expr(target))
            .f("op", V::Bare(operator_name(*op)))
            .f("value", V::Expr(value)),
        S::AnnAssign { target, annotation, value, simple } => Node::new("AnnAssign")
            .f("target", V::Expr(target))
            .f("annotation", V::Expr(annotation))
            .opt("value", value.as_deref(), expr_v)
            .f("simple", V::Int(*simple as i64)),
        S::For { is_async, target, iter, body, orelse, type_comment } => {
            Node::new(if *is_async { "AsyncFor" } else { "For" })
                .f("target", V::Expr(target))
                .f("iter", V::Expr(iter))
                .f("body", V::Stmts(body))
                .f("orelse", V::Stmts(orelse))
                .opt("type_comment", type_comment.as_deref(), ident_v)
        }
        S::While { test, body, orelse } => {
            Node::new("While").f("test", V::Expr(test)).f("body", V::Stmts(body)).f("orelse", V::Stmts(orelse))
        }
        S::If { test, body, orelse } => {
            Node::new("If").f("test", V::Expr(test)).f("body", V::Stmts(body)).f("orelse", V::Stmts(orelse))
        }
        S::With { is_async, items, body, type_comment } => Node::new(if *is_async { "AsyncWith" } else { "With" })
            .f("items", V::WithItems(items))
            .f("body", V::Stmts(body))
            .opt("type_comment", type_comment.as_deref(), ident_v),
        S::Match { subject, cases } => {
            Node::new("Match").f("subject", V::Expr(subject)).f("cases", V::MatchCases(cases))
        }
        S::Raise { exc, cause } => {
            Node::new("Raise").opt("exc", exc.as_deref(), expr_v).opt("cause", cause.as_deref(), expr_v)
        }
        S::Try { is_star, body, handlers, orelse, finalbody } => Node::new(if *is_star { "TryStar" } else { "Try" })
            .f("body", V::Stmts(body))
            .f("handlers", V::Handlers(handlers))
            .f("orelse", V::Stmts(orelse))
            .f("finalbody", V::Stmts(finalbody)),
        S::Assert { test, msg } => Node::new("Assert").f("test", V::Expr(test)).opt("msg", msg.as_deref(), expr_v),
        S::Import { names } => Node::new("Import").f("names", V::Aliases(names)),
        S::ImportFrom { module, names, level } => Node::new("ImportFrom")
            .opt("module", module.as_deref(), ident_v)
            .f("names", V::Aliases(names))
            .f("level", V::Int(*level as i64)),
        S::Global { names } => Node::new("Global").f("names", V::Idents(names)),
        S::Nonlocal { names } => Node::new("Nonlocal").f("names", V::Idents(names)),
        S::Expr { value } => Node::new("Expr").f("value", V::Expr(value)),
        S::Pass => Node::new("Pass"),
        S::Break => Node::new("Break"),
        S::Continue => Node::new("Continue"),
    };
    n.loc(attrs, &s.loc)
}

fn expr_node(e: &Expr, attrs: bool) -> Node<'_> {
    use ExprKind as E;
    let n = match &e.kind {
        E::BoolOp { op, values } => Node::new("BoolOp").f("op", V::Bare(boolop_name(*op))).f("values", V::Exprs(values)),
        E::NamedExpr { target, value } => {
            Node::new("NamedExpr").f("target", V::Expr(target)).f("value", V::Expr(value))
        }
        E::BinOp { left, op, right } => Node::new("BinOp")
            .f("left", V::Expr(left))
            .f("op", V::Bare(operator_name(*op)))
            .f("right", V::Expr(right)),
        E::UnaryOp { op, operand } => {
            Node::new("UnaryOp").f("op", V::Bare(unaryop_name(*op))).f("operand", V::Expr(operand))
        }
        E::Lambda { args, body } => Node::new("Lambda").f("args", V::Arguments(args)).f("body", V::Expr(body)),
        E::IfExp { test, body, orelse } => {
            Node::new("IfExp").f("test", V::Expr(test)).f("body", V::Expr(body)).f("orelse", V::Expr(orelse))
        }
        E::Dict { keys, values } => Node::new("Dict").f("keys", V::OptExprs(keys)).f("values", V::Exprs(values)),
        E::Set { elts } => Node::new("Set").f("elts", V::Exprs(elts)),
        E::ListComp { elt, generators } => {
            Node::new("ListComp").f("elt", V::Expr(elt)).f("generators", V::Comprehensions(generators))
        }
        E::SetComp { elt, generators } => {
            Node::new("SetComp").f("elt", V::Expr(elt)).f("generators", V::Comprehensions(generators))
        }
        E::DictComp { key, value, generators } => Node::new("DictComp")
            .f("key", V::Expr(key))
            .f("value", V::Expr(value))
            .f("generators", V::Comprehensions(generators)),
        E::GeneratorExp { elt, generators } => {
            Node::new("GeneratorExp").f("elt", V::Expr(elt)).f("generators", V::Comprehensions(generators))
        }
        E::Await { value } => Node::new("Await").f("value", V::Expr(value)),
        E::Yield { value } => Node::new("Yield").opt("value", value.as_deref(), expr_v),
        E::YieldFrom { value } => Node::new("YieldFrom").f("value", V::Expr(value)),
        E::Compare { left, ops, comparators } => Node::new("Compare")
            .f("left", V::Expr(left))
            .f("ops", V::CmpOps(ops))
            .f("comparators", V::Exprs(comparators)),
        E::Call { func, args, keywords } => Node::new("Call")
            .f("func", V::Expr(func))
            .f("args", V::Exprs(args))
            .f("keywords", V::Keywords(keywords)),
        E::FormattedValue { value, conversion, format_spec } => Node::new("FormattedValue")
            .f("value", V::Expr(value))
            .f("conversion", V::Int(*conversion as i64))
            .opt("format_spec", format_spec.as_deref(), expr_v),
        E::JoinedStr { values } => Node::new("JoinedStr").f("values", V::Exprs(values)),
        E::Constant { value, kind } => {
            Node::new("Constant").f("value", V::Const(value)).opt("kind", kind.as_deref(), ident_v)
        }
        E::Attribute { value, attr, ctx } => Node::new("Attribute")
            .f("value", V::Expr(value))
            .f("attr", V::Ident(attr))
            .f("ctx", V::Bare(ctx_name(*ctx))),
        E::Subscript { value, slice, ctx } => Node::new("Subscript")
            .f("value", V::Expr(value))
            .f("slice", V::Expr(slice))
            .f("ctx", V::Bare(ctx_name(*ctx))),
        E::Starred { value, ctx } => Node::new("Starred").f("value", V::Expr(value)).f("ctx", V::Bare(ctx_name(*ctx))),
        E::Name { id, ctx } => Node::new("Name").f("id", V::Ident(id)).f("ctx", V::Bare(ctx_name(*ctx))),
        E::List { elts, ctx } => Node::new("List").f("elts", V::Exprs(elts)).f("ctx", V::Bare(ctx_name(*ctx))),
        E::Tuple { elts, ctx } => Node::new("Tuple").f("elts", V::Exprs(elts)).f("ctx", V::Bare(ctx_name(*ctx))),
        E::Slice { lower, upper, step } => Node::new("Slice")
            .opt("lower", lower.as_deref(), expr_v)
            .opt("upper", upper.as_deref(), expr_v)
            .opt("step", step.as_deref(), expr_v),
    };
    n.loc(attrs, &e.loc)
}

fn pattern_node(p: &Pattern, attrs: bool) -> Node<'_> {
    use PatternKind as P;
    let n = match &p.kind {
        P::MatchValue { value } => Node::new("MatchValue").f("value", V::Expr(value)),
        P::MatchSingleton { value } => Node::new("MatchSingleton").f("value", V::Const(value)),
        P::MatchSequence { patterns } => Node::new("MatchSequence").f("patterns", V::Patterns(patterns)),
        P::MatchMapping { keys, patterns, rest } => Node::new("MatchMapping")
            .f("keys", V::Exprs(keys))
            .f("patterns", V::Patterns(patterns))
            .opt("rest", rest.as_deref(), ident_v),
        P::MatchClass { cls, patterns, kwd_attrs, kwd_patterns } => Node::new("MatchClass")
            .f("cls", V::Expr(cls))
            .f("patterns", V::Patterns(patterns))
            .f("kwd_attrs", V::Idents(kwd_attrs))
            .f("kwd_patterns", V::Patterns(kwd_patterns)),
        P::MatchStar { name } => Node::new("MatchStar").opt("name", name.as_deref(), ident_v),
        P::MatchAs { pattern, name } => Node::new("MatchAs")
            .opt("pattern", pattern.as_deref(), V::Pattern)
            .opt("name", name.as_deref(), ident_v),
        P::MatchOr { patterns } => Node::new("MatchOr").f("patterns", V::Patterns(patterns)),
    };
    n.loc(attrs, &p.loc)
}

/// The node a value prints as, or `None` for scalars and lists.
fn node_of(v: V<'_>, attrs: bool) -> Option<Node<'_>> {
    Some(match v {
        V::Mod(m) => mod_node(m),
        V::Expr(e) => expr_node(e, attrs),
        V::Stmt(s) => stmt_node(s, attrs),
        V::Pattern(p) => pattern_node(p, attrs),
        V::Bare(name) => Node::new(name),
        V::Arguments(a) => Node::new("arguments")
            .f("posonlyargs", V::Args(&a.posonlyargs))
            .f("args", V::Args(&a.args))
            .opt("vararg", a.vararg.as_deref(), V::Arg)
            .f("kwonlyargs", V::Args(&a.kwonlyargs))
            .f("kw_defaults", V::OptExprs(&a.kw_defaults))
            .opt("kwarg", a.kwarg.as_deref(), V::Arg)
            .f("defaults", V::Exprs(&a.defaults)),
        V::Arg(a) => Node::new("arg")
            .f("arg", V::Ident(&a.arg))
            .opt("annotation", a.annotation.as_deref(), expr_v)
            .opt("type_comment", a.type_comment.as_deref(), ident_v)
            .loc(attrs, &a.loc),
        V::Keyword(k) => {
            Node::new("keyword").opt("arg", k.arg.as_deref(), ident_v).f("value", V::Expr(&k.value)).loc(attrs, &k.loc)
        }
        V::Alias(a) => {
            Node::new("alias").f("name", V::Ident(&a.name)).opt("asname", a.asname.as_deref(), ident_v).loc(attrs, &a.loc)
        }
        V::WithItem(w) => Node::new("withitem")
            .f("context_expr", V::Expr(&w.context_expr))
            .opt("optional_vars", w.optional_vars.as_deref(), expr_v),
        V::MatchCase(c) => Node::new("match_case")
            .f("pattern", V::Pattern(&c.pattern))
            .opt("guard", c.guard.as_deref(), expr_v)
            .f("body", V::Stmts(&c.body)),
        V::Comprehension(c) => Node::new("comprehension")
            .f("target", V::Expr(&c.target))
            .f("iter", V::Expr(&c.iter))
            .f("ifs", V::Exprs(&c.ifs))
            .f("is_async", V::Int(c.is_async as i64)),
        V::Handler(h) => Node::new("ExceptHandler")
            .opt("type", h.type_.as_deref(), expr_v)
            .opt("name", h.name.as_deref(), ident_v)
            .f("body", V::Stmts(&h.body))
            .loc(attrs, &h.loc),
        V::TypeIgnore(t) => Node::new("TypeIgnore").f("lineno", V::Int(t.lineno as i64)).f("tag", V::Ident(&t.tag)),
        _ => return None,
    })
}

/// Number of elements of a list value, `None` for anything else.
fn list_len(v: V<'_>) -> Option<usize> {
    Some(match v {
        V::Exprs(x) => x.len(),
        V::OptExprs(x) => x.len(),
        V::Stmts(x) => x.len(),
        V::Idents(x) => x.len(),
        V::CmpOps(x) => x.len(),
        V::Args(x) => x.len(),
        V::Keywords(x) => x.len(),
        V::Aliases(x) => x.len(),
        V::WithItems(x) => x.len(),
        V::MatchCases(x) => x.len(),
        V::Patterns(x) => x.len(),
        V::Comprehensions(x) => x.len(),
        V::Handlers(x) => x.len(),
        V::TypeIgnores(x) => x.len(),
        _ => return None,
    })
}

struct Dumper {
    out: String,
    attrs: bool,
    indent: Option<usize>,
    /// CPython frames `ast.dump` would have in use here (see `enter`).
    depth: usize,
    /// Set once the tree proved too deep; everything after is skipped.
    too_deep: bool,
}

impl Dumper {
    /// `ast.dump`'s notion of a simple value: a scalar, an empty list, a node with no fields.
    fn is_simple(&self, v: V<'_>) -> bool {
        match v {
            V::Bare(_) => true,
            _ => match list_len(v) {
                Some(n) => n == 0,
                None => match node_of(v, self.attrs) {
                    Some(n) => n.len == 0,
                    None => true,
                },
            },
        }
    }

    /// Writes "\n" or ",\n" and the indentation of `level`, or ", " in single-line mode.
    fn newline(&mut self, level: usize, first: bool) {
        match self.indent {
            Some(n) => {
                self.out.push_str(if first { "\n" } else { ",\n" });
                for _ in 0..n * level {
                    self.out.push(' ');
                }
            }
            None => {
                if !first {
                    self.out.push_str(", ");
                }
            }
        }
    }

    /// Accounts for `frames` more CPython frames; false (and `too_deep` set) past the limit.
    /// `_format` of a node or of a list is one frame; the generator a non-empty list is
    /// joined from is two (entered from C); a scalar's `repr` adds one to its `_format`.
    fn enter(&mut self, frames: usize) -> bool {
        self.depth += frames;
        if self.depth > FRAME_LIMIT {
            self.too_deep = true;
        }
        !self.too_deep
    }

    fn value(&mut self, v: V<'_>, level: usize) {
        if let Some(node) = node_of(v, self.attrs) {
            if self.enter(1) {
                self.node(&node, level);
            }
            self.depth -= 1;
            return;
        }
        let frames = match list_len(v) {
            Some(0) => 1,
            Some(_) => 3,
            None => 2,
        };
        if self.enter(frames) {
            self.scalar_or_list(v, level);
        }
        self.depth -= frames;
    }

    fn scalar_or_list(&mut self, v: V<'_>, level: usize) {
        let level = if self.indent.is_some() { level + 1 } else { level };
        match v {
            V::Ident(s) => push_repr_str(&mut self.out, s),
            V::Int(i) => push_int(&mut self.out, i),
            V::Const(c) => self.constant(c),
            V::Exprs(x) => self.list(level, x.iter().map(V::Expr)),
            V::OptExprs(x) => {
                if x.is_empty() {
                    self.out.push_str("[]");
                    return;
                }
                self.out.push('[');
                for (i, e) in x.iter().enumerate() {
                    self.newline(level, i == 0);
                    match e {
                        Some(e) => self.value(V::Expr(e), level),
                        None => {
                            if self.enter(2) {
                                self.out.push_str("None");
                            }
                            self.depth -= 2;
                        }
                    }
                }
                self.out.push(']');
            }
            V::Stmts(x) => self.list(level, x.iter().map(V::Stmt)),
            V::Idents(x) => self.list(level, x.iter().map(|s| V::Ident(s))),
            V::CmpOps(x) => self.list(level, x.iter().map(|&op| V::Bare(cmpop_name(op)))),
            V::Args(x) => self.list(level, x.iter().map(V::Arg)),
            V::Keywords(x) => self.list(level, x.iter().map(V::Keyword)),
            V::Aliases(x) => self.list(level, x.iter().map(V::Alias)),
            V::WithItems(x) => self.list(level, x.iter().map(V::WithItem)),
            V::MatchCases(x) => self.list(level, x.iter().map(V::MatchCase)),
            V::Patterns(x) => self.list(level, x.iter().map(V::Pattern)),
            V::Comprehensions(x) => self.list(level, x.iter().map(V::Comprehension)),
            V::Handlers(x) => self.list(level, x.iter().map(V::Handler)),
            V::TypeIgnores(x) => self.list(level, x.iter().map(V::TypeIgnore)),
            // Nodes were handled above.
            _ => {}
        }
    }

    /// A list at `level` (already one deeper than its field's node).
    fn list<'a>(&mut self, level: usize, items: impl ExactSizeIterator<Item = V<'a>>) {
        if items.len() == 0 {
            self.out.push_str("[]");
            return;
        }
        self.out.push('[');
        for (i, v) in items.enumerate() {
            self.newline(level, i == 0);
            self.value(v, level);
        }
        self.out.push(']');
    }

    fn node(&mut self, node: &Node<'_>, level: usize) {
        let level = if self.indent.is_some() { level + 1 } else { level };
        self.out.push_str(node.name);
        self.out.push('(');
        let fields = node.fields();
        let one_line = fields.len() <= 3 && fields.iter().all(|&(_, v)| self.is_simple(v));
        for (i, &(name, v)) in fields.iter().enumerate() {
            if one_line {
                if i > 0 {
                    self.out.push_str(", ");
                }
            } else {
                self.newline(level, i == 0);
            }
            self.out.push_str(name);
            self.out.push('=');
            self.value(v, level);
        }
        self.out.push(')');
    }

    fn constant(&mut self, c: &Constant) {
        let out = &mut self.out;
        match c {
            Constant::None => out.push_str("None"),
            Constant::Bool(true) => out.push_str("True"),
            Constant::Bool(false) => out.push_str("False"),
            Constant::Ellipsis => out.push_str("Ellipsis"),
            Constant::Int(i) => {
                use std::fmt::Write;
                let _ = write!(out, "{i}");
            }
            Constant::Float(f) => pyrepr::format_float_r(out, *f, true),
            Constant::Complex { real, imag } => pyrepr::repr_complex(out, *real, *imag),
            Constant::Str(s) => match s.as_str() {
                Some(s) => push_repr_str(out, s),
                None => out.push_str(&pyrepr::repr_wtf8(s)),
            },
            Constant::Bytes(b) => pyrepr::repr_bytes(out, b),
        }
    }
}

/// `repr(s)`, without an allocation for the common plain-ASCII case.
fn push_repr_str(out: &mut String, s: &str) {
    if s.bytes().all(|b| (0x20..0x7F).contains(&b) && b != b'\'' && b != b'\\') {
        out.push('\'');
        out.push_str(s);
        out.push('\'');
    } else {
        out.push_str(&pyrepr::repr_str(s));
    }
}

fn push_int(out: &mut String, v: i64) {
    if v < 0 {
        out.push('-');
    }
    let mut n = v.unsigned_abs();
    let mut buf = [0u8; 20];
    let mut i = buf.len();
    loop {
        i -= 1;
        buf[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    out.push_str(std::str::from_utf8(&buf[i..]).unwrap_or("0"));
}

#[cfg(test)]
mod tests;
