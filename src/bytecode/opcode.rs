//! The instruction set, declared once. Every opcode has one row in `opcodes!` below: its name,
//! its stack effect, whether it owns an inline-cache slot, and whether its argument is a jump
//! target. The interpreter, the verifier, the disassembler and the JIT all read this table.
//!
//! An instruction is one 64-bit word (`code::Instr`): opcode (u8), a cache slot index (u16,
//! `NO_CACHE` when none) and a 32-bit argument. Jump arguments are absolute instruction
//! indices (not byte offsets, not relative), so no EXTENDED_ARG is ever needed.
//!
//! The set follows CPython 3.11's, with these deliberate differences (the compiler and the
//! interpreter rely on them; keep this list in sync):
//! - Calls: `CALL(n)` takes `[callable, arg1..argn]`; `CALL_METHOD(n)` takes
//!   `[callable, self_or_NULL, arg1..argn]` as left by `LOAD_METHOD` (when the slot under the
//!   arguments is NULL the callable is called with the n arguments, else with self + n). A
//!   preceding `KW_NAMES(consti)` names the last `len(consts[consti])` arguments as keywords.
//!   No PUSH_NULL / PRECALL. `CALL_FUNCTION_EX(flags)`: `[callable, args_tuple, (kwargs_dict if
//!   flags & 1)]`.
//! - `LOAD_METHOD(namei)` pushes `[func, self]` when the attribute is a plain function found on
//!   the type (no bound method is made), else `[attr, NULL]`.
//! - `LOAD_GLOBAL(namei)` pushes only the value (no NULL bit in the argument).
//! - Generators: calling a code object with a GENERATOR/COROUTINE/ASYNC_GENERATOR flag makes
//!   the generator object directly; there is no RETURN_GENERATOR/RESUME.
//! - Jumps: `JUMP(t)` forward or backward without counting; `JUMP_BACKWARD(t)` is a loop
//!   back-edge and counts for the JIT. Conditional jumps are absolute too.
//! - `FOR_ITER(t)`: on exhaustion pops the iterator and jumps to `t`.
//! - `SEND(t)`: `[receiver, value]` -> `[receiver, yielded]`, or on return pops both, pushes the
//!   return value and jumps to `t`.
//! - `BINARY_OP(op)` uses CPython 3.11's NB_* numbering (see `BinOpArg`), so `dis` shows the same
//!   `(+)`, `(+=)`.
//! - Exception handling is CPython 3.11's zero-cost table (`code::ExcEntry`); `PUSH_EXC_INFO`,
//!   `POP_EXCEPT`, `RERAISE(lasti_flag)`, `CHECK_EXC_MATCH`, `CHECK_EG_MATCH`,
//!   `PREP_RERAISE_STAR`, `WITH_EXCEPT_START` behave as in CPython 3.11.
//! - `LOAD_FAST` raises UnboundLocalError when the slot is empty (no LOAD_FAST_CHECK needed).

/// Stack effect of an instruction: net change for the fall-through path.
/// `Var` rows are computed by `stack_effect()` from the argument.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Effect {
    Fixed(i32),
    Var,
}

macro_rules! opcodes {
    ($( $(#[$doc:meta])* $name:ident = $num:literal, $effect:expr, cache: $cache:literal, jump: $jump:literal; )*) => {
        /// One opcode. The discriminant is the byte stored in the instruction word.
        #[allow(non_camel_case_types)]
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[repr(u8)]
        pub enum Op { $( $(#[$doc])* $name = $num, )* }

        impl Op {
            /// Every opcode, in table order.
            pub const ALL: &'static [Op] = &[ $( Op::$name, )* ];

            /// The name `dis` prints.
            pub fn name(self) -> &'static str {
                match self { $( Op::$name => stringify!($name), )* }
            }
            /// Decode a byte; `None` for a byte that is no opcode (a corrupt .pyc).
            pub fn from_u8(b: u8) -> Option<Op> {
                match b { $( $num => Some(Op::$name), )* _ => None }
            }
            /// Declared stack effect (fall-through path).
            pub fn effect(self) -> Effect {
                match self { $( Op::$name => $effect, )* }
            }
            /// Whether the instruction owns an inline-cache slot (type feedback).
            pub fn has_cache(self) -> bool {
                match self { $( Op::$name => $cache, )* }
            }
            /// Whether the argument is an absolute jump target.
            pub fn is_jump(self) -> bool {
                match self { $( Op::$name => $jump, )* }
            }
        }
    };
}

use Effect::{Fixed, Var};

opcodes! {
    NOP = 0, Fixed(0), cache: false, jump: false;
    POP_TOP = 1, Fixed(-1), cache: false, jump: false;
    PUSH_NULL = 2, Fixed(1), cache: false, jump: false;
    /// Push a copy of stack[-n] (n >= 1).
    COPY = 3, Fixed(1), cache: false, jump: false;
    /// Swap stack[-1] and stack[-n].
    SWAP = 4, Fixed(0), cache: false, jump: false;
    LOAD_CONST = 5, Fixed(1), cache: false, jump: false;
    LOAD_FAST = 6, Fixed(1), cache: false, jump: false;
    STORE_FAST = 7, Fixed(-1), cache: false, jump: false;
    DELETE_FAST = 8, Fixed(0), cache: false, jump: false;
    /// Localsplus index of a cell/free variable: push the cell's content.
    LOAD_DEREF = 9, Fixed(1), cache: false, jump: false;
    STORE_DEREF = 10, Fixed(-1), cache: false, jump: false;
    DELETE_DEREF = 11, Fixed(0), cache: false, jump: false;
    /// Class bodies: look in the class namespace first, then the cell.
    LOAD_CLASSDEREF = 12, Fixed(1), cache: false, jump: false;
    /// Push the cell object itself (for building closures).
    LOAD_CLOSURE = 13, Fixed(1), cache: false, jump: false;
    /// Turn localsplus slot i into a cell holding its current value (or empty).
    MAKE_CELL = 14, Fixed(0), cache: false, jump: false;
    /// Copy the n free-variable cells of the running function's closure into their slots.
    COPY_FREE_VARS = 15, Fixed(0), cache: false, jump: false;
    LOAD_NAME = 16, Fixed(1), cache: false, jump: false;
    STORE_NAME = 17, Fixed(-1), cache: false, jump: false;
    DELETE_NAME = 18, Fixed(0), cache: false, jump: false;
    LOAD_GLOBAL = 19, Fixed(1), cache: true, jump: false;
    STORE_GLOBAL = 20, Fixed(-1), cache: false, jump: false;
    DELETE_GLOBAL = 21, Fixed(0), cache: false, jump: false;
    LOAD_ATTR = 22, Fixed(0), cache: true, jump: false;
    /// [value, obj] -> []: obj.name = value
    STORE_ATTR = 23, Fixed(-2), cache: true, jump: false;
    DELETE_ATTR = 24, Fixed(-1), cache: false, jump: false;
    /// [obj] -> [func, self] or [attr, NULL]
    LOAD_METHOD = 25, Fixed(1), cache: true, jump: false;
    LOAD_BUILD_CLASS = 26, Fixed(1), cache: false, jump: false;
    LOAD_ASSERTION_ERROR = 27, Fixed(1), cache: false, jump: false;
    /// [lhs, rhs] -> [result]; argument is a `BinOpArg`.
    BINARY_OP = 28, Fixed(-1), cache: true, jump: false;
    UNARY_POSITIVE = 29, Fixed(0), cache: false, jump: false;
    UNARY_NEGATIVE = 30, Fixed(0), cache: true, jump: false;
    UNARY_NOT = 31, Fixed(0), cache: false, jump: false;
    UNARY_INVERT = 32, Fixed(0), cache: false, jump: false;
    /// Argument: 0 <, 1 <=, 2 ==, 3 !=, 4 >, 5 >= (CPython's Py_LT.. order).
    COMPARE_OP = 33, Fixed(-1), cache: true, jump: false;
    /// Argument 1 means `is not`.
    IS_OP = 34, Fixed(-1), cache: false, jump: false;
    /// Argument 1 means `not in`.
    CONTAINS_OP = 35, Fixed(-1), cache: false, jump: false;
    /// [container, key] -> [item]
    BINARY_SUBSCR = 36, Fixed(-1), cache: true, jump: false;
    /// [value, container, key] -> []
    STORE_SUBSCR = 37, Fixed(-3), cache: true, jump: false;
    DELETE_SUBSCR = 38, Fixed(-2), cache: false, jump: false;
    /// Argument 2 or 3: [start, stop(, step)] -> [slice]
    BUILD_SLICE = 39, Var, cache: false, jump: false;
    BUILD_TUPLE = 40, Var, cache: false, jump: false;
    BUILD_LIST = 41, Var, cache: false, jump: false;
    BUILD_SET = 42, Var, cache: false, jump: false;
    /// n key/value pairs, pushed k1 v1 k2 v2 ...
    BUILD_MAP = 43, Var, cache: false, jump: false;
    /// [v1..vn, keys_tuple] -> [dict]
    BUILD_CONST_KEY_MAP = 44, Var, cache: false, jump: false;
    /// Concatenate n strings.
    BUILD_STRING = 45, Var, cache: false, jump: false;
    /// Append TOS to the list at stack[-i] (after popping TOS), for comprehensions.
    LIST_APPEND = 46, Fixed(-1), cache: false, jump: false;
    SET_ADD = 47, Fixed(-1), cache: false, jump: false;
    /// [.., dict at -i, key, value] -> dict[key] = value
    MAP_ADD = 48, Fixed(-2), cache: false, jump: false;
    LIST_EXTEND = 49, Fixed(-1), cache: false, jump: false;
    SET_UPDATE = 50, Fixed(-1), cache: false, jump: false;
    DICT_UPDATE = 51, Fixed(-1), cache: false, jump: false;
    /// Like DICT_UPDATE but duplicate keys raise (for `f(**a, **b)`).
    DICT_MERGE = 52, Fixed(-1), cache: false, jump: false;
    LIST_TO_TUPLE = 53, Fixed(0), cache: false, jump: false;
    /// Flags as CPython: (flags & 3) conversion none/str/repr/ascii; flags & 4: a spec is on the stack.
    FORMAT_VALUE = 54, Var, cache: false, jump: false;
    UNPACK_SEQUENCE = 55, Var, cache: true, jump: false;
    /// Argument: count before star | (count after star << 8).
    UNPACK_EX = 56, Var, cache: false, jump: false;
    GET_ITER = 57, Fixed(0), cache: false, jump: false;
    /// [iter] -> [iter, next] or, exhausted, pop iter and jump.
    FOR_ITER = 58, Fixed(1), cache: true, jump: true;
    JUMP = 59, Fixed(0), cache: false, jump: true;
    /// A loop back-edge: counts toward the JIT threshold.
    JUMP_BACKWARD = 60, Fixed(0), cache: true, jump: true;
    POP_JUMP_IF_FALSE = 61, Fixed(-1), cache: false, jump: true;
    POP_JUMP_IF_TRUE = 62, Fixed(-1), cache: false, jump: true;
    POP_JUMP_IF_NONE = 63, Fixed(-1), cache: false, jump: true;
    POP_JUMP_IF_NOT_NONE = 64, Fixed(-1), cache: false, jump: true;
    /// Jump keeping TOS if false, else pop it.
    JUMP_IF_FALSE_OR_POP = 65, Fixed(-1), cache: false, jump: true;
    JUMP_IF_TRUE_OR_POP = 66, Fixed(-1), cache: false, jump: true;
    RETURN_VALUE = 67, Fixed(-1), cache: false, jump: false;
    /// [value] -> [value sent back in]
    YIELD_VALUE = 68, Fixed(0), cache: false, jump: false;
    SEND = 69, Fixed(0), cache: false, jump: true;
    GET_YIELD_FROM_ITER = 70, Fixed(0), cache: false, jump: false;
    /// [exc] -> [prev_exc_info, exc]; the current exception becomes exc.
    PUSH_EXC_INFO = 71, Fixed(1), cache: false, jump: false;
    /// [prev_exc_info] -> []; restores the current exception.
    POP_EXCEPT = 72, Fixed(-1), cache: false, jump: false;
    /// Re-raise TOS; with argument 1, stack[-2] is the lasti to restore first.
    RERAISE = 73, Fixed(-1), cache: false, jump: false;
    /// [exc, type] -> [exc, bool]
    CHECK_EXC_MATCH = 74, Fixed(0), cache: false, jump: false;
    /// [eg, type] -> [rest, match] (except*)
    CHECK_EG_MATCH = 75, Fixed(0), cache: false, jump: false;
    /// [orig, list_of_raised] -> [exc_to_reraise_or_None]
    PREP_RERAISE_STAR = 76, Fixed(-1), cache: false, jump: false;
    /// 0: re-raise current, 1: raise TOS, 2: raise stack[-2] from TOS.
    RAISE_VARARGS = 77, Var, cache: false, jump: false;
    /// [exit, lasti, prev_exc, exc] -> [.., res]: calls exit(type, exc, tb).
    WITH_EXCEPT_START = 78, Fixed(1), cache: false, jump: false;
    /// [mgr] -> [exit, enter_result]
    BEFORE_WITH = 79, Fixed(1), cache: false, jump: false;
    BEFORE_ASYNC_WITH = 80, Fixed(1), cache: false, jump: false;
    /// Flags as CPython 3.11: 0x01 defaults tuple, 0x02 kw-defaults dict, 0x04 annotations
    /// tuple, 0x08 closure tuple; the code object is on top.
    MAKE_FUNCTION = 81, Var, cache: false, jump: false;
    /// n positional arguments (see module doc).
    CALL = 82, Var, cache: true, jump: false;
    CALL_METHOD = 83, Var, cache: true, jump: false;
    KW_NAMES = 84, Fixed(0), cache: false, jump: false;
    CALL_FUNCTION_EX = 85, Var, cache: false, jump: false;
    /// [level, fromlist] -> [module]
    IMPORT_NAME = 86, Fixed(-1), cache: false, jump: false;
    /// [module] -> [module, attr]
    IMPORT_FROM = 87, Fixed(1), cache: false, jump: false;
    IMPORT_STAR = 88, Fixed(-1), cache: false, jump: false;
    SETUP_ANNOTATIONS = 89, Fixed(0), cache: false, jump: false;
    /// Interactive mode: print TOS with sys.displayhook.
    PRINT_EXPR = 90, Fixed(-1), cache: false, jump: false;
    /// [subject, type, names_tuple] -> [attrs_tuple_or_None]; argument = positional count.
    MATCH_CLASS = 91, Fixed(-2), cache: false, jump: false;
    MATCH_MAPPING = 92, Fixed(1), cache: false, jump: false;
    MATCH_SEQUENCE = 93, Fixed(1), cache: false, jump: false;
    /// [subject, keys] -> [subject, keys, values_or_None]
    MATCH_KEYS = 94, Fixed(1), cache: false, jump: false;
    GET_LEN = 95, Fixed(1), cache: false, jump: false;
    GET_AWAITABLE = 96, Fixed(0), cache: false, jump: false;
    GET_AITER = 97, Fixed(0), cache: false, jump: false;
    GET_ANEXT = 98, Fixed(1), cache: false, jump: false;
    /// [aiter, exc] -> []
    END_ASYNC_FOR = 99, Fixed(-2), cache: false, jump: false;
    ASYNC_GEN_WRAP = 100, Fixed(0), cache: false, jump: false;
    /// Return consts[i] (a LOAD_CONST + RETURN_VALUE in one).
    RETURN_CONST = 101, Fixed(0), cache: false, jump: false;
    // Superinstructions: made only when a code object is loaded for running (quickening, see
    // `objects::code::quicken`), never by the compiler and never stored in a .pyc. Each
    // replaces the first of a pair; the second instruction stays in place (a jump to it runs
    // it alone) and the superinstruction reads its argument and skips it.
    /// LOAD_FAST a; LOAD_FAST b
    LOAD_FAST__LOAD_FAST = 102, Fixed(2), cache: false, jump: false;
    /// LOAD_FAST a; LOAD_CONST c
    LOAD_FAST__LOAD_CONST = 103, Fixed(2), cache: false, jump: false;
    /// STORE_FAST a; LOAD_FAST b
    STORE_FAST__LOAD_FAST = 104, Fixed(0), cache: false, jump: false;
    /// LOAD_CONST c; LOAD_FAST a
    LOAD_CONST__LOAD_FAST = 105, Fixed(2), cache: false, jump: false;
    /// LOAD_FAST a; LOAD_ATTR name (the attribute's cache is the LOAD_ATTR's)
    LOAD_FAST__LOAD_ATTR = 106, Fixed(1), cache: false, jump: false;
    /// LOAD_FAST a; LOAD_METHOD name
    LOAD_FAST__LOAD_METHOD = 107, Fixed(2), cache: false, jump: false;
    /// LOAD_FAST a; STORE_ATTR name
    LOAD_FAST__STORE_ATTR = 108, Fixed(-1), cache: false, jump: false;
}

/// `BINARY_OP` argument: CPython 3.11's NB_* numbering. In-place forms are `op + 13`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum BinOpArg {
    Add = 0,
    And = 1,
    FloorDivide = 2,
    Lshift = 3,
    MatrixMultiply = 4,
    Multiply = 5,
    Remainder = 6,
    Or = 7,
    Power = 8,
    Rshift = 9,
    Subtract = 10,
    TrueDivide = 11,
    Xor = 12,
}

/// The symbols `dis` prints for BINARY_OP arguments 0..=25.
pub const BINOP_SYMBOLS: [&str; 26] = [
    "+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^", "+=", "&=", "//=", "<<=",
    "@=", "*=", "%=", "|=", "**=", ">>=", "-=", "/=", "^=",
];

/// The symbols `dis` prints for COMPARE_OP arguments.
pub const CMP_SYMBOLS: [&str; 6] = ["<", "<=", "==", "!=", ">", ">="];

/// Net stack effect of `op` with argument `arg` on the fall-through path (jumps: the effect when
/// the jump is not taken; `FOR_ITER`'s exhausted path is -1 and `SEND`'s return path -1).
pub fn stack_effect(op: Op, arg: u32) -> i32 {
    let n = arg as i32;
    match op.effect() {
        Effect::Fixed(e) => e,
        Effect::Var => match op {
            Op::BUILD_SLICE => 1 - n,
            Op::BUILD_TUPLE | Op::BUILD_LIST | Op::BUILD_SET | Op::BUILD_STRING => 1 - n,
            Op::BUILD_MAP => 1 - 2 * n,
            Op::BUILD_CONST_KEY_MAP => -n,
            Op::FORMAT_VALUE => {
                if arg & 4 != 0 {
                    -1
                } else {
                    0
                }
            }
            Op::UNPACK_SEQUENCE => n - 1,
            Op::UNPACK_EX => (n & 0xff) + (n >> 8),
            Op::RAISE_VARARGS => -n,
            Op::MAKE_FUNCTION => -((arg & 0x0f).count_ones() as i32),
            Op::CALL => -n,
            Op::CALL_METHOD => -n - 1,
            Op::CALL_FUNCTION_EX => -1 - (arg & 1) as i32,
            _ => 0,
        },
    }
}

/// Whether `op` is a superinstruction (internal to the interpreter; a .pyc must not hold one).
pub fn is_superinstruction(op: Op) -> bool {
    matches!(
        op,
        Op::LOAD_FAST__LOAD_FAST
            | Op::LOAD_FAST__LOAD_CONST
            | Op::STORE_FAST__LOAD_FAST
            | Op::LOAD_CONST__LOAD_FAST
            | Op::LOAD_FAST__LOAD_ATTR
            | Op::LOAD_FAST__LOAD_METHOD
            | Op::LOAD_FAST__STORE_ATTR
    )
}

/// Cache slot value meaning "this instruction has no inline cache".
pub const NO_CACHE: u16 = u16::MAX;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn opcode_bytes_round_trip() {
        for &op in Op::ALL {
            assert_eq!(Op::from_u8(op as u8), Some(op));
        }
        assert_eq!(Op::from_u8(255), None);
    }
}
