// Q7: instruction dispatch for the VM loop, on a toy counting loop:
//     i = 0; s = 0
//     while i < n: s = s + i; i = i + 1
//     return s
// compiled to 19 instructions (13 per iteration). Alternatives:
//   S8   switch over a Uint8Array of [opcode, arg] byte pairs (CPython's layout), stack pointer in
//        a local variable
//   S8+  the same loop with 60 extra (never executed) cases, the size a real VM's switch has
//   S32  switch over an Int32Array, opcode | arg << 8 in one word
//   SA   switch over a plain JS number[] (Smi elements), opcode | arg << 8
//   CL   a closure per instruction (arg captured) returning the next pc; the frame holds sp
//   FT   a table of handler functions indexed by opcode: pc = table[op](frame, arg, pc)
// BINARY_ADD and COMPARE_LT are generic (int fast path with overflow check, slow path for
// other types), POP_JUMP_IF_FALSE tests truth as Python does. The value stack and the locals
// are generic arrays, as in the real VM.
//   node dist/bench/repr/dispatch.bench.js
import { group, summary, do_not_optimize } from 'mitata';
import { benchOps, runAndReport } from './harness.js';
// (op, arg) pairs. Locals: 0 i, 1 s, 2 n. Consts: 0 -> 0, 1 -> 1. Jump args are instruction indexes.
const PROGRAM = [
    [3 /* Op.LOAD_CONST */, 0],
    [2 /* Op.STORE_FAST */, 0],
    [3 /* Op.LOAD_CONST */, 0],
    [2 /* Op.STORE_FAST */, 1],
    [1 /* Op.LOAD_FAST */, 0], // 4: loop head
    [1 /* Op.LOAD_FAST */, 2],
    [5 /* Op.COMPARE_LT */, 0],
    [6 /* Op.POP_JUMP_IF_FALSE */, 17],
    [1 /* Op.LOAD_FAST */, 1],
    [1 /* Op.LOAD_FAST */, 0],
    [4 /* Op.BINARY_ADD */, 0],
    [2 /* Op.STORE_FAST */, 1],
    [1 /* Op.LOAD_FAST */, 0],
    [3 /* Op.LOAD_CONST */, 1],
    [4 /* Op.BINARY_ADD */, 0],
    [2 /* Op.STORE_FAST */, 0],
    [7 /* Op.JUMP */, 4],
    [1 /* Op.LOAD_FAST */, 1], // 17
    [8 /* Op.RETURN_VALUE */, 0],
];
const CONSTS = [0, 1];
const N = 1000;
const INSTRS = 4 + 13 * N + 4 + 2; // executed per run
class Boxed {
    constructor(value) {
        this.value = value;
    }
}
const MAXS = Number.MAX_SAFE_INTEGER;
function addSlow(a, b) {
    if (typeof a === 'string' && typeof b === 'string')
        return a + b;
    if (typeof a === 'number' && typeof b === 'number')
        return BigInt(a) + BigInt(b);
    if (a instanceof Boxed && b instanceof Boxed)
        return new Boxed(a.value + b.value);
    throw new TypeError('unsupported operand');
}
function ltSlow(a, b) {
    if (typeof a === 'string' && typeof b === 'string')
        return a < b;
    if (a instanceof Boxed && b instanceof Boxed)
        return a.value < b.value;
    throw new TypeError("'<' not supported");
}
function truthSlow(v) {
    if (typeof v === 'number')
        return v !== 0;
    if (typeof v === 'string')
        return v.length !== 0;
    return v !== null && v !== undefined;
}
function binaryAdd(a, b) {
    if (typeof a === 'number' && typeof b === 'number') {
        const r = a + b;
        if (r <= MAXS && r >= -MAXS)
            return r;
    }
    return addSlow(a, b);
}
function compareLt(a, b) {
    if (typeof a === 'number' && typeof b === 'number')
        return a < b;
    return ltSlow(a, b);
}
class Frame {
    constructor(n) {
        this.stack = new Array(8).fill(null);
        this.sp = 0;
        this.locals = [null, null, n, 'pad'];
        this.consts = CONSTS;
        this.result = null;
    }
}
// ---------------------------------------------------------------------------------------------
// Switch loops. The loop text is shared; each variant is compiled separately (new Function) so
// that each gets its own feedback and code: {FETCH} reads op and arg at pc and advances pc.
function switchSource(fetch, fillers) {
    let extra = '';
    for (let k = 0; k < fillers; k++) {
        // Distinct, plausible bodies (a unary op, a stack shuffle...) so cases are not merged.
        const c = 20 + k;
        extra +=
            k % 3 === 0
                ? `case ${c}: { const v = stack[sp - 1]; stack[sp - 1] = typeof v === 'number' ? v * ${k + 2} : slowUnary(v, ${c}); break; }\n`
                : k % 3 === 1
                    ? `case ${c}: { const t = stack[sp - 1]; stack[sp - 1] = stack[sp - 2]; stack[sp - 2] = t; locals[${k % 3}] = ${k}; break; }\n`
                    : `case ${c}: { if (stack[sp - 1] === ${k}) pc = arg; else stack[sp++] = consts[${k % 2}]; break; }\n`;
    }
    return `
    return function run(code, frame) {
      const stack = frame.stack;
      const locals = frame.locals;
      const consts = frame.consts;
      let sp = 0;
      let pc = 0;
      for (;;) {
        ${fetch}
        switch (op) {
          case ${1 /* Op.LOAD_FAST */}: stack[sp++] = locals[arg]; break;
          case ${2 /* Op.STORE_FAST */}: locals[arg] = stack[--sp]; break;
          case ${3 /* Op.LOAD_CONST */}: stack[sp++] = consts[arg]; break;
          case ${4 /* Op.BINARY_ADD */}: { const b = stack[--sp]; stack[sp - 1] = binaryAdd(stack[sp - 1], b); break; }
          case ${5 /* Op.COMPARE_LT */}: { const b = stack[--sp]; stack[sp - 1] = compareLt(stack[sp - 1], b); break; }
          case ${6 /* Op.POP_JUMP_IF_FALSE */}: { const v = stack[--sp]; if (v === false || (v !== true && !truthSlow(v))) pc = arg * STRIDE; break; }
          case ${7 /* Op.JUMP */}: pc = arg * STRIDE; break;
          case ${8 /* Op.RETURN_VALUE */}: return stack[--sp];
          ${extra}
          default: throw new Error('bad opcode ' + op);
        }
      }
    };`;
}
function slowUnary(v, c) {
    if (v instanceof Boxed)
        return new Boxed(-v.value);
    throw new TypeError(`bad operand for op ${c}`);
}
function compileSwitch(fetch, stride, fillers) {
    return new Function('binaryAdd', 'compareLt', 'truthSlow', 'slowUnary', 'STRIDE', switchSource(fetch, fillers))(binaryAdd, compareLt, truthSlow, slowUnary, stride);
}
const FETCH_BYTES = 'const op = code[pc]; const arg = code[pc + 1]; pc += 2;';
const FETCH_WORD = 'const w = code[pc++]; const op = w & 255; const arg = w >> 8;';
const CODE_U8 = new Uint8Array(PROGRAM.flatMap(([op, arg]) => [op, arg]));
const CODE_I32 = new Int32Array(PROGRAM.map(([op, arg]) => op | (arg << 8)));
const CODE_ARR = PROGRAM.map(([op, arg]) => op | (arg << 8));
const runS8 = compileSwitch(FETCH_BYTES, 2, 0);
const runS8big = compileSwitch(FETCH_BYTES, 2, 60);
const runS32 = compileSwitch(FETCH_WORD, 1, 0);
const runSA = compileSwitch(FETCH_WORD, 1, 0);
function compileClosures(prog) {
    return prog.map(([op, arg], pc) => {
        const next = pc + 1;
        switch (op) {
            case 1 /* Op.LOAD_FAST */:
                return (f) => {
                    f.stack[f.sp++] = f.locals[arg];
                    return next;
                };
            case 2 /* Op.STORE_FAST */:
                return (f) => {
                    f.locals[arg] = f.stack[--f.sp];
                    return next;
                };
            case 3 /* Op.LOAD_CONST */: {
                const c = CONSTS[arg];
                return (f) => {
                    f.stack[f.sp++] = c;
                    return next;
                };
            }
            case 4 /* Op.BINARY_ADD */:
                return (f) => {
                    const s = f.stack;
                    const b = s[--f.sp];
                    s[f.sp - 1] = binaryAdd(s[f.sp - 1], b);
                    return next;
                };
            case 5 /* Op.COMPARE_LT */:
                return (f) => {
                    const s = f.stack;
                    const b = s[--f.sp];
                    s[f.sp - 1] = compareLt(s[f.sp - 1], b);
                    return next;
                };
            case 6 /* Op.POP_JUMP_IF_FALSE */:
                return (f) => {
                    const v = f.stack[--f.sp];
                    return v === false || (v !== true && !truthSlow(v)) ? arg : next;
                };
            case 7 /* Op.JUMP */:
                return () => arg;
            case 8 /* Op.RETURN_VALUE */:
                return (f) => {
                    f.result = f.stack[--f.sp];
                    return -1;
                };
        }
    });
}
function runClosures(code, f) {
    f.sp = 0;
    let pc = 0;
    while (pc >= 0)
        pc = code[pc](f);
    return f.result;
}
const CODE_CL = compileClosures(PROGRAM);
const TABLE = [];
TABLE[1 /* Op.LOAD_FAST */] = (f, arg, pc) => {
    f.stack[f.sp++] = f.locals[arg];
    return pc + 1;
};
TABLE[2 /* Op.STORE_FAST */] = (f, arg, pc) => {
    f.locals[arg] = f.stack[--f.sp];
    return pc + 1;
};
TABLE[3 /* Op.LOAD_CONST */] = (f, arg, pc) => {
    f.stack[f.sp++] = f.consts[arg];
    return pc + 1;
};
TABLE[4 /* Op.BINARY_ADD */] = (f, _arg, pc) => {
    const s = f.stack;
    const b = s[--f.sp];
    s[f.sp - 1] = binaryAdd(s[f.sp - 1], b);
    return pc + 1;
};
TABLE[5 /* Op.COMPARE_LT */] = (f, _arg, pc) => {
    const s = f.stack;
    const b = s[--f.sp];
    s[f.sp - 1] = compareLt(s[f.sp - 1], b);
    return pc + 1;
};
TABLE[6 /* Op.POP_JUMP_IF_FALSE */] = (f, arg, pc) => {
    const v = f.stack[--f.sp];
    return v === false || (v !== true && !truthSlow(v)) ? arg : pc + 1;
};
TABLE[7 /* Op.JUMP */] = (_f, arg) => arg;
TABLE[8 /* Op.RETURN_VALUE */] = (f) => {
    f.result = f.stack[--f.sp];
    return -1;
};
function runTable(code, f) {
    f.sp = 0;
    let pc = 0;
    while (pc >= 0) {
        const w = code[pc];
        pc = TABLE[w & 255](f, w >> 8, pc);
    }
    return f.result;
}
// Pollution: the generic helpers see strings and boxes too (a real program's other code).
for (let k = 0; k < 3000; k++) {
    do_not_optimize(binaryAdd('a', 'b'));
    do_not_optimize(binaryAdd(new Boxed(1), new Boxed(2)));
    do_not_optimize(compareLt('a', 'b'));
    do_not_optimize(truthSlow('x'));
}
// Sanity: all compute sum(range(N)).
{
    const expect = (N * (N - 1)) / 2;
    const got = [
        runS8(CODE_U8, new Frame(N)),
        runS8big(CODE_U8, new Frame(N)),
        runS32(CODE_I32, new Frame(N)),
        runSA(CODE_ARR, new Frame(N)),
        runClosures(CODE_CL, new Frame(N)),
        runTable(CODE_I32, new Frame(N)),
    ];
    if (!got.every((g) => g === expect))
        throw new Error(`dispatch mismatch: ${got}`);
}
group(`dispatch: counting loop n=${N} (${INSTRS} instructions per run)`, () => {
    summary(() => {
        const f = [0, 1, 2, 3, 4, 5].map(() => new Frame(N));
        benchOps('S8 switch, Uint8Array [op,arg]', INSTRS, () => do_not_optimize(runS8(CODE_U8, f[0])));
        benchOps('S8+ switch with 60 more cases', INSTRS, () => do_not_optimize(runS8big(CODE_U8, f[1])));
        benchOps('S32 switch, Int32Array (op + arg<<8)', INSTRS, () => do_not_optimize(runS32(CODE_I32, f[2])));
        benchOps('SA switch, number[] (op + arg<<8)', INSTRS, () => do_not_optimize(runSA(CODE_ARR, f[3])));
        benchOps('CL closure per instruction', INSTRS, () => do_not_optimize(runClosures(CODE_CL, f[4])));
        benchOps('FT function table by opcode', INSTRS, () => do_not_optimize(runTable(CODE_I32, f[5])));
    });
});
await runAndReport('Q7 dispatch');
//# sourceMappingURL=dispatch.bench.js.map