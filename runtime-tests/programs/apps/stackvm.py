# A small stack VM: an assembler with labels, a bytecode interpreter with calls, and a disassembler.
import sys

OPCODES = [
    "PUSH", "POP", "DUP", "SWAP", "OVER", "ADD", "SUB", "MUL", "DIV", "MOD", "NEG",
    "EQ", "LT", "GT", "NOT", "JMP", "JZ", "JNZ", "LOAD", "STORE", "CALL", "RET",
    "PRINT", "HALT",
]
OP = {name: i for i, name in enumerate(OPCODES)}
HAS_ARG = {"PUSH", "JMP", "JZ", "JNZ", "LOAD", "STORE", "CALL"}


class VMError(Exception):
    def __init__(self, msg, pc=None):
        super().__init__(msg if pc is None else f"{msg} (pc={pc})")


def assemble(source):
    lines = []
    labels = {}
    addr = 0
    for lineno, raw in enumerate(source.splitlines(), 1):
        line = raw.split(";", 1)[0].strip()
        if not line:
            continue
        while ":" in line:
            label, line = line.split(":", 1)
            label = label.strip()
            if label in labels:
                raise VMError(f"line {lineno}: duplicate label {label!r}")
            labels[label] = addr
            line = line.strip()
        if not line:
            continue
        parts = line.split()
        name = parts[0].upper()
        if name not in OP:
            raise VMError(f"line {lineno}: unknown instruction {parts[0]!r}")
        if (name in HAS_ARG) != (len(parts) == 2) or len(parts) > 2:
            raise VMError(f"line {lineno}: wrong operand count for {name}")
        lines.append((lineno, name, parts[1] if len(parts) == 2 else None))
        addr += 2 if name in HAS_ARG else 1
    code = []
    for lineno, name, arg in lines:
        code.append(OP[name])
        if name in HAS_ARG:
            if arg.lstrip("-").isdigit():
                code.append(int(arg))
            elif arg in labels:
                code.append(labels[arg])
            else:
                raise VMError(f"line {lineno}: undefined label {arg!r}")
    return code


def disassemble(code):
    out = []
    pc = 0
    while pc < len(code):
        name = OPCODES[code[pc]]
        if name in HAS_ARG:
            out.append(f"{pc:4d}  {name:<6}{code[pc + 1]}")
            pc += 2
        else:
            out.append(f"{pc:4d}  {name}")
            pc += 1
    return "\n".join(out)


class VM:
    def __init__(self, code, max_steps=100_000, out=None):
        self.code = code
        self.stack = []
        self.frames = []
        self.memory = [0] * 16
        self.pc = 0
        self.steps = 0
        self.max_steps = max_steps
        self.output = []

    def pop(self):
        if not self.stack:
            raise VMError("stack underflow", self.pc)
        return self.stack.pop()

    def run(self):
        code = self.code
        while True:
            if self.pc >= len(code):
                raise VMError("ran off the end of the program", self.pc)
            self.steps += 1
            if self.steps > self.max_steps:
                raise VMError("step limit exceeded", self.pc)
            op = OPCODES[code[self.pc]]
            arg = code[self.pc + 1] if op in HAS_ARG else None
            self.pc += 2 if op in HAS_ARG else 1
            match op:
                case "PUSH":
                    self.stack.append(arg)
                case "POP":
                    self.pop()
                case "DUP":
                    v = self.pop()
                    self.stack += [v, v]
                case "SWAP":
                    b, a = self.pop(), self.pop()
                    self.stack += [b, a]
                case "OVER":
                    b, a = self.pop(), self.pop()
                    self.stack += [a, b, a]
                case "ADD" | "SUB" | "MUL" | "DIV" | "MOD" | "EQ" | "LT" | "GT":
                    b, a = self.pop(), self.pop()
                    if op in ("DIV", "MOD") and b == 0:
                        raise VMError("division by zero", self.pc)
                    self.stack.append({
                        "ADD": lambda: a + b, "SUB": lambda: a - b, "MUL": lambda: a * b,
                        "DIV": lambda: a // b, "MOD": lambda: a % b, "EQ": lambda: int(a == b),
                        "LT": lambda: int(a < b), "GT": lambda: int(a > b),
                    }[op]())
                case "NEG":
                    self.stack.append(-self.pop())
                case "NOT":
                    self.stack.append(int(not self.pop()))
                case "JMP":
                    self.pc = arg
                case "JZ" | "JNZ":
                    v = self.pop()
                    if (v == 0) == (op == "JZ"):
                        self.pc = arg
                case "LOAD":
                    self.stack.append(self.memory[arg])
                case "STORE":
                    self.memory[arg] = self.pop()
                case "CALL":
                    if len(self.frames) >= 200:
                        raise VMError("call stack overflow", self.pc)
                    self.frames.append(self.pc)
                    self.pc = arg
                case "RET":
                    if not self.frames:
                        raise VMError("return outside call", self.pc)
                    self.pc = self.frames.pop()
                case "PRINT":
                    self.output.append(self.pop())
                case "HALT":
                    return self.output


PROGRAMS = {
    "countdown": """
        push 5
    loop: dup
        print
        push 1
        sub
        dup
        jnz loop
        pop
        halt
    """,
    "factorial": """
        push 1
        store 0        ; acc
        push 20
        store 1        ; n
    top:
        load 1
        jz done
        load 0
        load 1
        mul
        store 0
        load 1
        push 1
        sub
        store 1
        jmp top
    done:
        load 0
        print
        halt
    """,
    "recursive-fib": """
        push 15
        call fib
        print
        halt
    fib:            ; (n -- fib(n))
        dup
        push 2
        lt
        jnz base
        dup
        push 1
        sub
        call fib
        swap
        push 2
        sub
        call fib
        add
        ret
    base: ret
    """,
    "gcd": """
        push 1071
        push 462
    again: dup
        jz finish
        swap
        over
        mod
        jmp again
    finish: pop
        print
        halt
    """,
    "underflow": "push 1\nadd\nhalt",
    "divzero": "push 1\npush 0\ndiv\nhalt",
    "infinite": "spin: jmp spin",
    "deep": "f: call f",
    "bad-label": "jmp nowhere",
    "bad-op": "push 1\nfrobnicate\n",
    "bad-arity": "push\n",
    "dup-label": "a: push 1\na: halt",
}

for name, src in PROGRAMS.items():
    try:
        code = assemble(src)
    except VMError as exc:
        print(f"{name:14} assembly error: {exc}")
        continue
    vm = VM(code, max_steps=50_000)
    try:
        result = vm.run()
        print(f"{name:14} output {result} in {vm.steps} steps, {len(code)} words")
    except VMError as exc:
        print(f"{name:14} runtime error: {exc} after {vm.steps} steps; stack depth {len(vm.stack)}")

print(disassemble(assemble(PROGRAMS["gcd"])))
sys.exit(0)
