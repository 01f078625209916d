//! Tokens the parser consumes: CPython's C tokenizer token kinds (token.h), with hard keywords
//! classified at lex time so the parser matches them by kind. Soft keywords (`match`, `case`,
//! `_`) stay `Name`.

/// One token. Positions follow CPython: lines 1-based, columns are UTF-8 byte offsets from the
/// start of the line; `start..end` is the byte range in the (decoded, UTF-8) source.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    pub kind: TokenKind,
    pub start: u32,
    pub end: u32,
    pub lineno: u32,
    pub col: u32,
    pub end_lineno: u32,
    pub end_col: u32,
}

macro_rules! token_kinds {
    ($( $(#[$doc:meta])* $variant:ident = $name:literal, )*) => {
        /// Token kinds. `name()` gives CPython's `token.tok_name` spelling for operators and
        /// structural tokens, and the keyword text for keywords.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum TokenKind { $( $(#[$doc])* $variant, )* }

        impl TokenKind {
            pub fn name(self) -> &'static str {
                match self { $( TokenKind::$variant => $name, )* }
            }
        }
    };
}

token_kinds! {
    EndMarker = "ENDMARKER",
    Name = "NAME",
    Number = "NUMBER",
    String = "STRING",
    Newline = "NEWLINE",
    Indent = "INDENT",
    Dedent = "DEDENT",
    Lpar = "LPAR",
    Rpar = "RPAR",
    Lsqb = "LSQB",
    Rsqb = "RSQB",
    Colon = "COLON",
    Comma = "COMMA",
    Semi = "SEMI",
    Plus = "PLUS",
    Minus = "MINUS",
    Star = "STAR",
    Slash = "SLASH",
    Vbar = "VBAR",
    Amper = "AMPER",
    Less = "LESS",
    Greater = "GREATER",
    Equal = "EQUAL",
    Dot = "DOT",
    Percent = "PERCENT",
    Lbrace = "LBRACE",
    Rbrace = "RBRACE",
    EqEqual = "EQEQUAL",
    NotEqual = "NOTEQUAL",
    LessEqual = "LESSEQUAL",
    GreaterEqual = "GREATEREQUAL",
    Tilde = "TILDE",
    Circumflex = "CIRCUMFLEX",
    LeftShift = "LEFTSHIFT",
    RightShift = "RIGHTSHIFT",
    DoubleStar = "DOUBLESTAR",
    PlusEqual = "PLUSEQUAL",
    MinEqual = "MINEQUAL",
    StarEqual = "STAREQUAL",
    SlashEqual = "SLASHEQUAL",
    PercentEqual = "PERCENTEQUAL",
    AmperEqual = "AMPEREQUAL",
    VbarEqual = "VBAREQUAL",
    CircumflexEqual = "CIRCUMFLEXEQUAL",
    LeftShiftEqual = "LEFTSHIFTEQUAL",
    RightShiftEqual = "RIGHTSHIFTEQUAL",
    DoubleStarEqual = "DOUBLESTAREQUAL",
    DoubleSlash = "DOUBLESLASH",
    DoubleSlashEqual = "DOUBLESLASHEQUAL",
    At = "AT",
    AtEqual = "ATEQUAL",
    Rarrow = "RARROW",
    Ellipsis = "ELLIPSIS",
    ColonEqual = "COLONEQUAL",
    /// A character no grammar rule accepts (`$`, `?`, `!`, a backquote, or `<>`): CPython's
    /// tokenizer returns these as a generic `OP` token and the parser then fails on it.
    Op = "OP",
    /// `# type: ...` comment, only produced with `LexOptions::type_comments`; the text after
    /// `type:` (stripped) is `&src[start..end]` as the lexer reports it.
    TypeComment = "TYPE_COMMENT",
    /// `# type: ignore[...]`, only with `type_comments`.
    TypeIgnore = "TYPE_IGNORE",
    // Hard keywords.
    False = "False",
    None = "None",
    True = "True",
    And = "and",
    As = "as",
    Assert = "assert",
    Async = "async",
    Await = "await",
    Break = "break",
    Class = "class",
    Continue = "continue",
    Def = "def",
    Del = "del",
    Elif = "elif",
    Else = "else",
    Except = "except",
    Finally = "finally",
    For = "for",
    From = "from",
    Global = "global",
    If = "if",
    Import = "import",
    In = "in",
    Is = "is",
    Lambda = "lambda",
    Nonlocal = "nonlocal",
    Not = "not",
    Or = "or",
    Pass = "pass",
    Raise = "raise",
    Return = "return",
    Try = "try",
    While = "while",
    With = "with",
    Yield = "yield",
}

impl TokenKind {
    /// The hard keyword spelled `s`, if any.
    pub fn keyword(s: &str) -> Option<TokenKind> {
        use TokenKind::*;
        Some(match s {
            "False" => False,
            "None" => None,
            "True" => True,
            "and" => And,
            "as" => As,
            "assert" => Assert,
            "async" => Async,
            "await" => Await,
            "break" => Break,
            "class" => Class,
            "continue" => Continue,
            "def" => Def,
            "del" => Del,
            "elif" => Elif,
            "else" => Else,
            "except" => Except,
            "finally" => Finally,
            "for" => For,
            "from" => From,
            "global" => Global,
            "if" => If,
            "import" => Import,
            "in" => In,
            "is" => Is,
            "lambda" => Lambda,
            "nonlocal" => Nonlocal,
            "not" => Not,
            "or" => Or,
            "pass" => Pass,
            "raise" => Raise,
            "return" => Return,
            "try" => Try,
            "while" => While,
            "with" => With,
            "yield" => Yield,
            _ => return Option::None,
        })
    }

    pub fn is_keyword(self) -> bool {
        (self as u32) >= (TokenKind::False as u32)
    }
}
