//! Frames and the data stack they live on.
//!
//! A frame is one contiguous block of words: the `Frame` header, then the localsplus slots
//! (arguments and locals, cells, free variables), then the evaluation stack. The interpreter
//! and (later) compiled code share this layout. Frames of ordinary calls are carved out of the
//! VM's data stack, a list of large chunks that never move, so a frame's address is stable for
//! its whole life and Python-to-Python calls need no Rust recursion. Generator frames live in
//! a block owned by the generator object and are linked into the frame chain while running.

use crate::objects::code::CodeObject;
use crate::objects::Value;

/// The header of a frame block. `#[repr(C)]`: compiled code reads `pc`, `sp` and the slots
/// at fixed offsets.
#[repr(C)]
pub struct Frame {
    /// The calling frame (null for the outermost).
    pub prev: *mut Frame,
    /// The code being run (a reference is owned by the frame).
    pub code: *const CodeObject,
    /// The function being run (owned; NULL for module code and exec/eval).
    pub func: Value,
    /// Globals and builtins dicts (owned).
    pub globals: Value,
    pub builtins: Value,
    /// The locals mapping for module/class/exec code (owned; NULL for function frames).
    pub locals: Value,
    /// Index of the next instruction.
    pub pc: u32,
    /// Number of values on the evaluation stack.
    pub stack_depth: u32,
    /// When this frame returns, the interpreter returns to its Rust caller (instead of
    /// continuing in `prev`).
    pub is_entry: bool,
    /// Set by YIELD_VALUE in a generator frame: the value returned is a yield.
    pub yielded: bool,
    /// The frame lives in a generator's block (not the data stack).
    pub in_generator: bool,
    /// The frame owns references to `globals`, `builtins` and `code` (module and exec code);
    /// a function's frame borrows them from its function, which it owns.
    pub owns_env: bool,
    /// The frame runs `__init__` for a class call made by the interpreter: its return value
    /// must be None and is dropped (the new instance already sits on the caller's stack), and
    /// it counts two recursion levels (the class call and the `__init__` call), as the
    /// generic path does.
    pub is_init: bool,
    _pad: [u8; 3],
    /// The generator object owning this frame (borrowed), or NULL.
    pub generator: Value,
    /// Where the data stack stood before this frame was pushed (to pop it).
    pub stack_mark: (u32, u32),
}

/// Size of the header in words.
pub const FRAME_HEADER_WORDS: usize = std::mem::size_of::<Frame>().div_ceil(8);

impl Frame {
    /// The first localsplus slot.
    #[inline(always)]
    pub fn slots(&mut self) -> *mut Value {
        // SAFETY: the slots follow the header in the same block.
        unsafe { (self as *mut Frame as *mut Value).add(FRAME_HEADER_WORDS) }
    }
    /// The code object.
    #[inline(always)]
    pub fn code(&self) -> &CodeObject {
        // SAFETY: the frame owns a reference to its code.
        unsafe { &*self.code }
    }
    /// Base of the evaluation stack.
    #[inline(always)]
    pub fn stack_base(&mut self) -> *mut Value {
        let n = self.code().nlocalsplus;
        // SAFETY: the stack follows the localsplus slots.
        unsafe { self.slots().add(n) }
    }
    /// Initialise a frame header in place at `p` (slots zeroed by the caller).
    ///
    /// # Safety
    /// `p` points to a block of at least `FRAME_HEADER_WORDS + code.framesize` words.
    pub unsafe fn init(p: *mut Frame, code: *const CodeObject, func: Value, globals: Value, builtins: Value, locals: Value) {
        // SAFETY: caller guarantees the block.
        unsafe {
            p.write(Frame {
                prev: std::ptr::null_mut(),
                code,
                func,
                globals,
                builtins,
                locals,
                pc: 0,
                stack_depth: 0,
                is_entry: false,
                yielded: false,
                in_generator: false,
                owns_env: true,
                is_init: false,
                _pad: [0; 3],
                generator: Value::NULL,
                stack_mark: (0, 0),
            })
        };
    }

    /// Release everything the frame owns: slots, stack, code, func, globals, builtins,
    /// locals. The block itself is freed by its owner.
    #[inline]
    pub fn clear(&mut self) {
        if self.code.is_null() {
            return;
        }
        let n = self.code().nlocalsplus + self.stack_depth as usize;
        let s = self.slots();
        // Generator blocks are reused by nobody, data-stack blocks are re-zeroed when pushed:
        // the slots need releasing, not clearing (except that a generator frame may be
        // cleared while its object still lives, so it is cleared below).
        for i in 0..n {
            // SAFETY: i < nlocalsplus + depth, within the block.
            unsafe { (*s.add(i)).decref() };
        }
        if self.in_generator {
            for i in 0..n {
                // SAFETY: as above.
                unsafe { *s.add(i) = Value::NULL };
            }
        }
        self.stack_depth = 0;
        self.func.decref();
        self.locals.decref();
        if self.owns_env {
            self.globals.decref();
            self.builtins.decref();
            Value::from_ptr(self.code).decref();
        }
        self.func = Value::NULL;
        self.locals = Value::NULL;
        self.code = std::ptr::null();
    }
}

/// Words per data-stack chunk (a chunk holds many frames; a bigger frame gets its own chunk).
const CHUNK_WORDS: usize = 1 << 16;

/// The chunked stack frames are allocated from.
pub struct DataStack {
    chunks: Vec<Box<[Value]>>,
    /// Current chunk index.
    cur: usize,
    /// First free word and end of the current chunk (the fast path compares these).
    top: *mut Value,
    limit: *mut Value,
}

impl Default for DataStack {
    fn default() -> Self {
        DataStack::new()
    }
}

impl DataStack {
    pub fn new() -> DataStack {
        let mut first = vec![Value::NULL; CHUNK_WORDS].into_boxed_slice();
        let top = first.as_mut_ptr();
        // SAFETY: one past the end of the chunk.
        let limit = unsafe { top.add(CHUNK_WORDS) };
        DataStack { chunks: vec![first], cur: 0, top, limit }
    }

    /// Allocate `words` words, the `zeroed` words after the frame header set to NULL; returns
    /// the block and the mark to pass to `pop`.
    #[inline(always)]
    pub fn push(&mut self, words: usize, zeroed: usize) -> (*mut Value, (u32, u32)) {
        let chunk_start = self.chunks[self.cur].as_ptr() as usize;
        let mark = (self.cur as u32, ((self.top as usize - chunk_start) / 8) as u32);
        if (self.limit as usize - self.top as usize) / 8 < words {
            self.next_chunk(words);
        }
        let p = self.top;
        // SAFETY: the current chunk has at least `words` free words at `top`.
        unsafe {
            self.top = p.add(words);
            // Local slots must start out NULL; the evaluation stack is written before it is
            // read.
            let z = p.add(FRAME_HEADER_WORDS);
            // Most frames have a handful of locals: plain stores beat a memset call.
            match zeroed {
                0 => {}
                1 => *z = Value::NULL,
                2 => {
                    *z = Value::NULL;
                    *z.add(1) = Value::NULL;
                }
                3 => {
                    *z = Value::NULL;
                    *z.add(1) = Value::NULL;
                    *z.add(2) = Value::NULL;
                }
                n => std::ptr::write_bytes(z, 0, n),
            }
        }
        (p, mark)
    }

    #[cold]
    fn next_chunk(&mut self, words: usize) {
        self.cur += 1;
        if self.cur == self.chunks.len() || self.chunks[self.cur].len() < words {
            let c = vec![Value::NULL; words.max(CHUNK_WORDS)].into_boxed_slice();
            if self.cur == self.chunks.len() {
                self.chunks.push(c);
            } else {
                self.chunks[self.cur] = c;
            }
        }
        let c = &mut self.chunks[self.cur];
        self.top = c.as_mut_ptr();
        // SAFETY: one past the end of the chunk.
        self.limit = unsafe { self.top.add(c.len()) };
    }

    /// Free the block at `block` (the most recent one), pushed with `mark`.
    #[inline(always)]
    pub fn pop_block(&mut self, block: *mut Value, mark: (u32, u32)) {
        if mark.0 as usize == self.cur {
            // The block did not start a new chunk: it began at the old top.
            self.top = block;
            return;
        }
        self.pop(mark);
    }

    /// Free the most recent block(s) back to `mark`.
    #[inline(always)]
    pub fn pop(&mut self, mark: (u32, u32)) {
        if mark.0 as usize != self.cur {
            self.cur = mark.0 as usize;
            let c = &mut self.chunks[self.cur];
            // SAFETY: one past the end of the chunk.
            self.limit = unsafe { c.as_mut_ptr().add(c.len()) };
        }
        // SAFETY: the mark was taken inside this chunk.
        self.top = unsafe { self.chunks[self.cur].as_mut_ptr().add(mark.1 as usize) };
    }
}
