// The loop compiler: a hot loop of a VM code object compiled to one JavaScript function.
//
// When the dispatch loop takes a backward jump in a code object that has looped before, it
// hands the frame to `enterLoop`, which runs the loop's compiled function (made on first use,
// then cached on the code object by the loop's head). The function is straight-line JavaScript
// for the instructions of the loop's body -- no fetch, no decode, no `switch` per instruction;
// operands, slot indexes and stack positions are constants -- on the frame's own register
// array (locals, cells and value stack in the interpreter's layout), so the interpreter and
// the compiled loop hand a frame to each other at any instruction boundary with nothing to
// convert: `f.pc` and `f.sp` say where it is. (The value stack lives in JS locals in between
// and is written to the registers at each such boundary: `place`.)
//
// It compiles what a loop body mostly is (local, cell and constant loads and stores, jumps,
// int/float/str arithmetic and comparisons, list/tuple/dict subscripts, FOR_ITER over ranges,
// lists and tuples, comprehension appends, cached global and attribute loads) as fast paths
// with a guard. Whatever else it meets -- a guard failing, a call, a return, an instruction it
// does not compile, an instruction outside the loop -- it leaves: it sets `f.pc` to that
// instruction and `f.sp` to its stack depth and returns, and the interpreter runs it, with
// all its semantics (exceptions, specialisation and deoptimisation, frames pushed for calls).
// The interpreter comes back at the next backward jump. So the compiled code never raises a
// Python exception of its own and never pushes a frame; the few helpers it calls that can
// raise (truth tests, set and dict insertion: `__bool__`, `__hash__`, `__eq__`) are preceded
// by `f.pc`/`f.sp` of their instruction, and the dispatch loop that ran the compiled code
// knows it did (`inCompiled` in vm.ts; a body run by runEntry hands its fault over as
// throwIn), so its handler takes that position instead of its own.
//
// Why: the dispatch loop is one very large function, and V8 optimises it from the type
// feedback of the whole program; every new path deoptimises all of it (docs/vm.md). A
// compiled loop is a small function with feedback of its own: V8 optimises it within a few
// hundred iterations and its types stay monomorphic. Cached operands (globals, attributes) are
// read from the same inline caches as the interpreter's, guarded by the instruction word
// still being the specialised form the loop was compiled from.

import type { PyObject } from '../../src/objects/object.js';
import { PyObj } from '../../src/objects/object.js';
import { mulAddMod } from '../../src/objects/int.js';
import { droppedByDel, peekItem, rebound, paramSlots, seqDropped, generatorFinished } from '../../src/runtime/early-finalize.js';
import { PyDict } from '../../src/objects/dict.js';
import { PyFloat, newFloat, FloatF } from '../../src/objects/float.js';
import { PyList, PyTuple } from '../../src/objects/tuple.js';
import { T } from '../../src/objects/types.js';
import { None, NotImplemented } from '../../src/objects/singletons.js';
import { isTrue, typeOf, contains, unaryOp, setItem, getAttr, setAttr, getItem, richCompareRest } from '../../src/objects/protocol.js';
import { PySet, setAdd, setContains } from '../../src/objects/set.js';
import { PyListIter, PyRangeIter, PySeqArrayIter, pairOut, stickyIterType } from '../../src/objects/iterators.js';
import { PyBuiltinFunction, PyMethodDescriptor, softRaise, takeSoftRaise } from '../../src/objects/native.js';
import { loadAttrOrSoft } from '../../src/builtins/attributes.js';
import { typeCall, slotAt, setSlotAt } from '../../src/objects/class-create.js';
import { PyModule } from '../../src/runtime/module.js';
import { flatStr, strConcat, PyStr, strSlice } from '../../src/objects/str.js';
import { seqSlice } from '../../src/objects/tuple-type.js';
import { percentFormat } from '../../src/objects/percent-format.js';
import { PySlice } from '../../src/objects/slice.js';
import { factories } from '../../src/objects/factories.js';
import { getIter } from '../../src/objects/protocol.js';
import { PyGenerator } from '../treewalk/generator.js';
import { send, sendValue, startAtLoopHead, newGenerator } from './generator.js';
import { builtinNext } from '../../src/builtins/iteration.js';
import { formatValue, exceptionMatches, unpackSequence, beforeWith, listExtend, setUpdate, callArgsDropped, storeAttrWatched, storeItemWatched } from './vm-support.js';
import { callInline, callExInline } from './jit-inline.js';
import { specializeLoadMethod, polyMeth, polyAttr, polyStore, stats } from './specialize.js';
import { handled } from '../../src/runtime/exc-state.js';
import { PyType } from '../../src/objects/type.js';
import { enterFrame, slowOp, raiseTo, raised, reraised, keyError, indexError, RAISED, bodyRaised, takeBodyRaise, raiseFromCall } from './vm-slow.js';
import { frameFor, releaseFrame, keywordFrame, argumentFrame, newRegs, COMPARE_PENDING, DISCARD_PENDING } from './frame.js';
import { finalizers, whenFinalizersOn } from '../../src/objects/finalizers.js';
import { PyFunction, PyMethod, CoFlags } from '../../src/objects/function.js';
import { interp } from '../../src/runtime/interpreter.js';
import { E, newError, PyBaseException } from '../../src/objects/exception.js';
import { numberFromStrOrError } from '../../src/objects/int-type.js';
import { resumeInline, suspendInline, finishInline, Resume } from './generator-inline.js';
import { newList, newTuple, newCell, allocCtors } from './alloc.js';
import { Op, OPS, NB, word } from './opcodes.js';
import { intBinary, intArith, floatOperand, binaryOpSlow, compareSlow, intCmp, binopUnsupported, zeroDivisionOf } from './vm-generic.js';
import type { VMCode } from './code.js';
import { superMethod, superSelfNow } from './super-method.js';
import type { VMFrame } from './frame.js';
import { markMutable, mutableRecord } from '../../src/runtime/mutable-fields.js';

/**
 * A compiled loop: runs `f` from the loop head until it leaves (f.pc, f.sp set); returns how
 * many times it went round.
 */
type LoopFn = (f: VMFrame) => number;

/** A loop's compiled function and how often in a row it left before going round once. */
export class CompiledLoop {
  idle = 0;
  /** Dropped (left to the interpreter, IDLE_LIMIT). */
  dropped = false;
  /**
   * `chain`'s last step from this loop: the instruction it left at and the compiled loop that
   * runs from there (an inner loop's head, or the outer loop after an inner one), so that
   * nested loops go from one to the other without the map lookups.
   */
  nextPc = -1;
  next: CompiledLoop | null = null;
  constructor(
    readonly run: LoopFn,
    readonly head: number,
    readonly end: number,
    /** The heads of the loops inside it (left out of its code: `chain` runs them), or null. */
    readonly inner: number[] | null,
    /**
     * A generator's own code outside its loops (`compileGenerator`): it never goes round, and
     * leaving at a yield is what it is for, not idleness.
     */
    readonly top = false,
  ) {}
}
// (Its changing fields: src/runtime/mutable-fields.ts.)
markMutable(new CompiledLoop(() => 0, 0, 0, null), ['idle', 'dropped', 'nextPc', 'next']);

/**
 * Entries in a row that left inside the loop without going round (the body calls a Python
 * function, yields, or meets an instruction left to the interpreter on every path): past this
 * the loop stays with the interpreter, as the entry and exit cost more than they save.
 */
const IDLE_LIMIT = 64;

/**
 * Compiled bodies running inside compiled code (direct calls) on the JS stack now. A call
 * deeper than MAX_DIRECT is left to the interpreter, which pushes its frame without JS
 * recursion (and runs its body from there, with the count starting again): deep Python
 * recursion never deepens the JS stack by more than a bounded amount per dispatch loop.
 * Reaching the bound unwinds the whole chain of direct callers into the interpreter (each goes
 * on there after its callee returns), so a low bound costs recursive code dearly: fib.py's
 * main-thread CPU was 420 ms at 6, 360 ms at 24.
 */
export const direct = mutableRecord({ depth: 0 });

// Compiled functions have no try/catch of their own, and the code that runs them catches only
// where it must: `run` knows when it called compiled code (`inCompiled`) and puts the depth
// back in its catch, `runEntry` puts it back when a body it ran raised (the fault is handed to
// `run` as throwIn, raised from the position the compiled code set), `runToYield` in a
// finally. For V8 an exception passing a handler in a large function costs a search of that
// function's code, linear in its size while the function runs unoptimised
// (BaselineFrame::GetPCForBytecodeOffset), and each catch and rethrow costs about as much as
// the throw itself (~200 ns).
const MAX_DIRECT = 24;

/**
 * The code of a direct call (see `call`): `guard` has set `cd` (the callee's code, with a
 * compiled body) and `g` (the function); `fill` fills the new frame's registers `nr`; the
 * caller's stack is `sp` deep once the call's operands are gone; `done` takes the result `r`.
 * The stack below `keep` goes to the registers first (the callee may leave to the interpreter,
 * whose return into this frame finds it there; a dunder's return also reads its operands,
 * above `sp`).
 */
/**
 * What the direct call being compiled does when its callee's body returned RAISED (an exception
 * without a handler in the callee's frames, not unwound yet; vm-slow.ts bodyRaise): with a
 * handler for the call in this frame, unwind to it and go on there; in a body, return RAISED on
 * up; in a loop, throw it (its runner's catch unwinds from the innermost frame, as for any
 * fault of compiled code). Set per instruction by `instruction`.
 */
let calleeRaised = '';
/** The same for int(s) / float(s) of an unreadable str (CALL_BUILTIN_CLASS): its ValueError `r` raised. */
let valueError = '';

function directCall(k: number, nlp: number, sp: number, fn: boolean, fill: string, done: string, keep = sp): string {
  return (
    `${SPILL(keep)}f.pc = ${k + 1}; f.sp = ${nlp + sp}; f.lasti = ${k}; const it = IT; const nf = frameFor(cd, g); const nr = nf.regs; ${fill} ` +
    // (No try/finally: an exception leaves through the code that ran the outermost compiled
    // function, which puts direct.depth back: run's catch, runEntry's, runToYield.)
    `enterFrame(it, f, nf); direct.depth++; let r = cd.body(nf); direct.depth--; ` +
    `if (r === undefined) return ${fn ? 'undefined' : 'n'}; if (r === RAISED) ${calleeRaised} ` +
    `it.depth--; it.frame = f; releaseFrame(nf, r); ${done}`
  );
}

/**
 * A call with keywords (KW_NAMES before the CALL). A Python function with a compiled body and
 * no *args/**kwargs (a bound method's too) is called directly as in `directCall`, its frame
 * bound by keywordFrame; anything else, or a call that does not bind (keywordFrame's null: the
 * protocol raises the error), goes through the protocol (callInline).
 */
function kwCall(k: number, d: number, base: number, nargs: number, kwn: string, s: (i: number) => string, atStmt: string, nlp: number, fn: boolean): string {
  return (
    `{ ${SPILL(d)}let g = ${s(base)}, from = ${nlp + base + 1}, cnt = ${nargs + 1}, bs = undefined; ` +
    `if (g === null) { g = ${s(base + 1)}; from = ${nlp + base + 2}; cnt = ${nargs}; if (g instanceof PyMethod && g.func instanceof PyFunction) { bs = g.self; g = g.func; } } ` +
    // (A bound method in the method's place, its `self` slot an argument: a `with` block's
    // __exit__(None, None, None).)
    `else if (g instanceof PyMethod && g.func instanceof PyFunction) { bs = g.self; g = g.func; } ` +
    `const cd = g instanceof PyFunction ? g.code : null; ` +
    `const nf = cd === null || typeof cd.body !== 'function' || direct.depth >= ${MAX_DIRECT} ? null : ` +
    // (A function with *args / **kwargs, or called positionally at a generic site: bound by
    // argumentFrame, whose TypeError for a call that does not bind is raised at this call.)
    // (The stack is in the registers already: the SPILL above.)
    (kwn === 'null' ? `(f.pc = ${k + 1}, f.sp = ${nlp + d}, f.lasti = ${k}, argumentFrame(g, cd, bs, regs, from, cnt, null)); ` :
      `cd.kwBindable === true ? keywordFrame(g, cd, bs, regs, from, cnt, ${kwn}) : (f.pc = ${k + 1}, f.sp = ${nlp + d}, f.lasti = ${k}, argumentFrame(g, cd, bs, regs, from, cnt, ${kwn})); `) +
    `if (nf === null) { ${atStmt} ${s(base)} = callInline(regs, ${nlp + base}, ${nargs}, ${kwn}); } ` +
    `else { f.pc = ${k + 1}; f.sp = ${nlp + base}; f.lasti = ${k}; const it = IT; ` +
    `enterFrame(it, f, nf); direct.depth++; let r = cd.body(nf); direct.depth--; ` +
    `if (r === undefined) return ${fn ? 'undefined' : 'n'}; if (r === RAISED) ${calleeRaised} ` +
    `it.depth--; it.frame = f; releaseFrame(nf, r); ${s(base)} = r; } }`
  );
}

/**
 * Whether instruction `k` specialised to a call of a Python function (a function, a class's
 * __init__, a property getter, an operator or subscript dunder) or a generator's resumption.
 */
function pyCall(code: VMCode, k: number): boolean {
  const spec = code.code[k] & 0xff;
  const op = code.original[k] & 0xff;
  if (op === Op.FOR_ITER) return spec === Op.FOR_ITER_GEN;
  if (op === Op.CALL && spec === Op.CALL && (kwNamesOf(code, k) !== 'null' || pyGeneric(code, k))) return true;
  if (op === Op.CALL) return spec === Op.CALL_PY_EXACT_ARGS || spec === Op.CALL_PY_WITH_DEFAULTS || spec === Op.CALL_ALLOC_AND_ENTER_INIT || genCall(code, k);
  if (op === Op.SEND) return true;
  if (op === Op.BINARY_OP) return spec === Op.BINARY_OP_PY;
  if (op === Op.COMPARE_OP) return spec === Op.COMPARE_OP_PY;
  if (op === Op.BINARY_SUBSCR) return spec === Op.BINARY_SUBSCR_PY;
  if (op === Op.STORE_SUBSCR) return spec === Op.STORE_SUBSCR_PY;
  if (op === Op.STORE_ATTR) return spec === Op.STORE_ATTR_PROPERTY;
  return op === Op.LOAD_ATTR && spec === Op.LOAD_ATTR_PROPERTY;
}

/**
 * Whether instruction `k` is a generic positional CALL at which the interpreter pushed a VM
 * function's frame it could not specialise for (*args, **kwargs, defaults with keyword-only
 * parameters...; callGeneric marks it 2 in genCalls): compiled as kwCall, a direct call.
 */
function pyGeneric(code: VMCode, k: number): boolean {
  return code.genCalls !== null && code.genCalls[k] === 2 && (code.code[k] & 0xff) === Op.CALL;
}

/**
 * Whether instruction `k` is a generic CALL (no keywords, no self) at which the interpreter
 * called a generator function with exactly its positional parameters (callGeneric marks it 3):
 * compiled, the generator is made there (guarded), with no argument array or call protocol.
 */
function genMake(code: VMCode, k: number): boolean {
  return code.genCalls !== null && code.genCalls[k] === 3 && (code.code[k] & 0xff) === Op.CALL && kwNamesOf(code, k) === 'null';
}

/**
 * Whether instruction `k` is a generic CALL with one argument that has resumed a generator
 * inline (next(g), g.send(v): callGeneric marks it).
 */
function genCall(code: VMCode, k: number): boolean {
  return code.genCalls !== null && code.genCalls[k] === 1 && (code.original[k] === word(Op.CALL, 1) || code.original[k] === word(Op.CALL, 2)) && (code.code[k] & 0xff) === Op.CALL;
}

/**
 * The LOAD_METHOD after a CALL_SUPER_METHOD (`super().name`): the compiled CALL_SUPER_METHOD
 * has done its work (pushed the method and self) or left, so it compiles to nothing.
 */
function superLoad(code: VMCode, k: number): boolean {
  return k > 0 && (code.code[k - 1] & 0xff) === Op.CALL_SUPER_METHOD && code.original[k - 1] === word(Op.CALL, 0);
}

/**
 * Instructions of the interpreter's out-of-line set (vm-slow.ts slowOp) that only work on the
 * stack (no jump, no frame pushed or left): compiled code runs them by calling slowOp itself.
 */
const INLINE_SLOW_OPS = new Set<number>([
  Op.DELETE_ATTR, Op.UNARY_POSITIVE, Op.UNARY_INVERT, Op.BUILD_SET, Op.BUILD_MAP, Op.BUILD_CONST_KEY_MAP,
  Op.LIST_EXTEND, Op.SET_UPDATE, Op.DICT_UPDATE, Op.DICT_MERGE, Op.LIST_TO_TUPLE, Op.UNPACK_EX,
  Op.LOAD_ASSERTION_ERROR, Op.GET_LEN, Op.MATCH_MAPPING, Op.MATCH_SEQUENCE, Op.MATCH_KEYS, Op.MATCH_CLASS,
  Op.IMPORT_NAME, Op.IMPORT_FROM,
]);

/** Variables of the compiled function's closure that instructions keep state in (per compileRegion). */
let siteDecls: string[] = [];
/**
 * Whether the program may need early finalizers (finalizers.on) as the code is being compiled:
 * only then does the code look at what its stores, POP_TOPs and calls drop (early-finalize.ts).
 * Code compiled before is thrown away when that changes (`compiledWithoutFin`), so it is
 * compiled again with the looks; what of it is running goes on without them.
 */
let finAt = false;
/** Code objects with compiled code from before early finalization was on. */
const compiledWithoutFin = new Set<VMCode>();
whenFinalizersOn(() => {
  for (const code of compiledWithoutFin) dropCompiled(code);
  compiledWithoutFin.clear();
});

/**
 * BUILD_SLICEs compiled together with the BINARY_SUBSCR after them (per compileRegion): an
 * exact str sliced by ints and Nones takes no slice object (`strSlice`).
 */
let fusedSlices = new Set<number>();
/**
 * `x * y % m` and `(x * y + c) % m` / `(x * y - c) % m` with int constants c and 0 < m <= 2**32
 * (LCGs, hashing): the multiplication (key) compiled with a branch for two ints whose product is
 * past 2**53, which computes the remainder exactly in doubles (mulAddMod) instead of making a
 * bigint product, and sets the flag `fm<key>`; the + or - and the % after it (`fusedTails`,
 * neither a label) then do nothing but clear the flag. The product is seen by nothing else.
 */
let fusedMulMod = new Map<number, { c: number; m: number; tail: number }>();
/** The + / - and % of a fusedMulMod: their instruction -> the multiplication's. */
let fusedTails = new Map<number, number>();

/**
 * Stack slots in JS locals (session 20). The compiled code keeps the value stack in local
 * variables `s<slot>` rather than in the frame's registers, and writes a slot back to its
 * register (`regs[nlocalsplus + slot]`) only where something else may read it: where the code
 * leaves to the interpreter, before a helper that may raise (the interpreter's handler takes
 * the frame from the registers) or that reads the stack (callInline, LOAD_METHOD's generic
 * path), before a direct call (its callee may leave to the interpreter, which returns into
 * this frame), and at labels. A slot pushed and consumed between two such points never
 * touches the registers: no store and no write barrier (a new object stored into a register
 * array that has been promoted to the old generation takes V8's slow barrier,
 * RecordWriteSaveFP, 6-14% of attrs.py and nbody.py under `perf`).
 *
 * While an instruction's code is generated, its write-back points are placeholders, `SPILL(dd)`
 * as a statement and `SPILLX(dd)` as an expression (before a comma), resolved by `place` once
 * the instruction's code is complete: every slot below `dd` that was assigned since the last
 * label (`dirty`, before the instruction) or is assigned anywhere in the instruction's own code
 * is written back. (A slot the instruction assigns only after the point holds its value from
 * before the instruction there, which the register also has, or is above the stack the
 * interpreter reads.) At a label some compiled jump goes to, all live slots are in their
 * registers: the code falling through into it writes back, a jump to it writes back, and an
 * entry from outside (the function's start, after an inner loop ran) loads the slots from the
 * registers (`RELOAD`). At a label entered only by falling through or from outside (after a
 * call or a yield), the slots still to be written back stay so: from outside they equal
 * their registers anyway.
 */
let dirty = new Set<number>();

/**
 * Locals a LOAD_FAST needs no unbound check for while code is generated: the parameters that
 * no DELETE_FAST of the code unbinds (`alwaysBound`), and the locals stored since the last
 * label (`boundNow`).
 */
let alwaysBound = new Uint8Array(0);
const boundNow = new Set<number>();

/** Whether local `i` is surely bound at the instruction being generated. */
function bound(i: number): boolean {
  return alwaysBound[i] === 1 || boundNow.has(i);
}

/** The write-back placeholders of one instruction's code. */
const SPILL = (dd: number) => `/*S${dd}*/`;
const SPILLX = (dd: number) => `/*X${dd}*/`;
/** Loads every stack slot from its register (resolved once the slot count is known). */
const RELOAD = '/*R*/';

/** Resolves the write-back placeholders of `src` (one instruction's code) and updates `dirty`. */
function place(src: string, nlp: number): string {
  const written = new Set(dirty);
  for (const m of src.matchAll(/\bs(\d+) = (?!=)/g)) written.add(Number(m[1]));
  const stores = (dd: number, sep: string) => {
    let b = '';
    for (const i of written) if (i < dd) b += `regs[${nlp + i}] = s${i}${sep} `;
    return b;
  };
  const out = src.replace(/\/\*([SX])(\d+)\*\//g, (_, kind: string, dd: string) => stores(Number(dd), kind === 'S' ? ';' : ','));
  dirty = written;
  return out;
}

/**
 * The truth of None, an exact str, list, tuple, dict or set inline (`if not items:`, `while
 * queue:`, `if memo:`), as a prefix of a conditional expression ending in isTrue(v) (bools and
 * ints come first).
 */
const TRUTH_INLINE =
  "v === None ? false : typeof v === 'string' ? v.length !== 0 : " +
  "(v instanceof PyList && v.cls === LIST) || (v instanceof PyTuple && v.cls === TUPLE) ? v.items.length !== 0 : " +
  "v instanceof PyDict && v.cls === DICT ? v.size !== 0 : v instanceof PySet && v.cls === SET ? v.used !== 0 :";

/** The longest loop body compiled, in instructions. */
const MAX_LOOP = 1500;

/**
 * A compiled function body: runs a frame just pushed for a call from its first instruction.
 * Returns the function's return value (the frame is done: the caller pops it), or undefined
 * when it left to the interpreter (f.pc, f.sp set), which runs the rest of the call.
 */
export type BodyFn = (f: VMFrame) => PyObject | undefined;

/** Calls of a code object (frames pushed for it) before its body is compiled. */
export const BODY_AFTER = 32;

/**
 * The compiled body of a plain function, or null: a generator or coroutine, too long, or too
 * little before the first instruction left to the interpreter. Compiled once, on the
 * BODY_AFTER-th call. Its loops are left out (they are the loop compiler's): at a loop's head
 * the body runs the loop's compiled function and goes on at the loop's exit (`innerLoop`).
 */
export function compileBody(code: VMCode): BodyFn | null {
  if (code.isGenerator || code.isCoroutine || code.isAsyncGenerator) return null;
  const orig = code.original;
  if (orig.length > MAX_LOOP) return null;
  return compileRegion(code, 0, orig.length - 1, 0, true) as BodyFn | null;
}

/**
 * A generator function's code, once it has made BODY_AFTER generators (counted by generator.ts
 * makeGenerator in code.calls): its own code (from the start, after the MAKE_CELL /
 * COPY_FREE_VARS prologue, which `startGenerator` does, to the end) is compiled as one loop
 * region at that head, its loops left out as usual (`chain` runs them). A frame then runs
 * compiled from its start and from after any yield (`runToYield`, the resume marks), and a
 * `return` the region stops at is finished by the resumer (genStep, the native consumers)
 * without the dispatch loop. Before, a generator with no loop (`yield a; yield b`), or the
 * part of one around its loop, ran in the interpreter at every resume, and its resumer's
 * compiled loop left to the interpreter there. Null (kept, so not tried again) when there is
 * nothing worth compiling; compiled again after `stale` threw it away.
 */
function compileGenerator(code: VMCode, head: number): CompiledLoop | null {
  const orig = code.original;
  const end = orig.length - 1;
  let loop: CompiledLoop | null = null;
  if (end - head <= MAX_LOOP) {
    const run = compileRegion(code, head, end, 0, false);
    if (run !== null) loop = new CompiledLoop(run, head, end, innerHeads(code, head, end), true);
  }
  (code.loops ??= new Map()).set(head, loop);
  return loop;
}

/** The first instruction of a generator's code after its MAKE_CELL / COPY_FREE_VARS prologue. */
function genHead(code: VMCode): number {
  const orig = code.original;
  let k = 0;
  while (k < orig.length && ((orig[k] & 0xff) === Op.MAKE_CELL || (orig[k] & 0xff) === Op.COPY_FREE_VARS)) k++;
  return k;
}

/**
 * A generator frame about to run for the first time (pc 0) whose function is hot: when its
 * code has a compiled loop at its head (`compileGenerator`, compiled now if need be), does the
 * prologue and leaves the frame at the head for runToYield, marked started (true); false,
 * untouched, otherwise. (A generator expression is its loop: startAtLoopHead starts it there.)
 */
export function startGenerator(frame: VMFrame): boolean {
  const code = frame.code;
  let loop = code.genTop;
  if (loop === null || frame.pc !== 0) return false;
  if (loop === undefined || loop.dropped) {
    if (code.calls < BODY_AFTER || !jitState.enabled || (stats.counts !== null && !jitState.withStats)) return false;
    if (!code.isGenerator || code.isCoroutine || code.isAsyncGenerator || code.co_name === '<genexpr>') {
      code.genTop = null;
      return false;
    }
    const head = genHead(code);
    let found = code.loops === null ? undefined : code.loops.get(head);
    // (Compiled now, or again after `stale` threw it away; null when dropped or not compilable.)
    if (found === undefined) found = compileGenerator(code, head);
    code.genTop = found;
    if (found === null) return false;
    loop = found;
  }
  const head = loop.head;
  const regs = frame.regs;
  const orig = code.original;
  for (let k = 0; k < head; k++) {
    const arg = orig[k] >> 8;
    if ((orig[k] & 0xff) === Op.MAKE_CELL) regs[arg] = newCell(regs[arg]);
    else {
      const closure = frame.fn!.closure!;
      const off = code.nlocalsplus - arg;
      for (let i = 0; i < arg; i++) regs[off + i] = closure[i];
    }
  }
  frame.pc = head;
  frame.started = true;
  return true;
}

/** Backward jumps a code object takes in the interpreter before its loops are compiled. */
export const JIT_AFTER = 8;

/**
 * Off under --stats (exact per-instruction counts) and with DYAD_NOJIT=1 (the interpreter alone).
 * `withStats` (DYAD_STATS_JIT=1): on under --stats too, which then counts only the instructions
 * compiled code left to the interpreter.
 */
export const jitState = {
  enabled: typeof process === 'undefined' || process.env.DYAD_NOJIT !== '1',
  withStats: typeof process !== 'undefined' && process.env.DYAD_STATS_JIT === '1',
};

/**
 * The backward jump at `jump` (-1: a fused one) to `f.pc` was taken in `f` (f.sp set): runs the
 * loop's compiled function when there is one, leaving f.pc / f.sp where it stopped; else does
 * nothing.
 */
export function enterLoop(f: VMFrame, jump: number): void {
  const code = f.code;
  let loops = code.loops;
  if (loops === null) loops = code.loops = new Map();
  const head = f.pc;
  let loop = loops.get(head);
  if (loop === undefined) {
    loop = compileLoop(code, head, f.sp - code.nlocalsplus);
    loops.set(head, loop);
  }
  if (loop !== null && runLoop(f, code, loop)) {
    chain(f, code, loop);
    return;
  }
  // The loop stays with the interpreter: its plain backward jump no longer comes here (the
  // fused ones of comprehensions, jump < 0, still do, and find null).
  if (jump >= 0 && (code.code[jump] & 0xff) === Op.JUMP_BACKWARD) code.code[jump] = word(Op.JUMP_BACKWARD_NO_JIT, code.code[jump] >> 8);
}

/**
 * A compiled function body has reached the head of one of its loops (`head`; f.pc, f.sp set):
 * runs the loop's compiled function (and, as `chain`, the loops it leaves to), compiling it
 * the first time. True: the frame is left at f.pc for the body to go on; false: the
 * interpreter takes the frame from f.pc (the loop is not compilable, or a function the loop
 * called directly went on in the interpreter).
 */
function innerLoop(f: VMFrame, head: number): boolean {
  const code = f.code;
  let loop = code.loops === null ? undefined : code.loops.get(head);
  if (loop === undefined) {
    // Not compiled yet: the function is hot (its body is compiled), so the loop is compiled now
    // rather than after JIT_AFTER backward jumps, which a loop that runs once or not at all per
    // call (`while True: ... break`, a search that stops early) never takes: the rest of every
    // call would run in the interpreter.
    loop = compileLoop(code, head, f.sp - code.nlocalsplus);
    (code.loops ??= new Map()).set(head, loop);
  }
  if (loop === null || !runLoop(f, code, loop)) return false;
  chain(f, code, loop);
  return interp().frame === f;
}

/**
 * A call left to the interpreter from the compiled loop of `head` has returned into `f` (at
 * f.pc, f.sp set; RETURN_VALUE), or a generator was resumed after its yield there: the loop
 * goes on compiled from there.
 */
export function resumeLoop(f: VMFrame, head: number): void {
  const code = f.code;
  const loop = code.loops!.get(head);
  if (loop !== undefined && loop !== null && runLoop(f, code, loop)) chain(f, code, loop);
}

/**
 * Runs `loop` from f.pc. False when it has now left without going round once IDLE_LIMIT times
 * in a row, and is dropped (stays with the interpreter from now on).
 */
function runLoop(f: VMFrame, code: VMCode, loop: CompiledLoop): boolean {
  // (No catch: an exception goes on to the dispatch loop or generator code that ran this, which
  // knows it called compiled code and puts direct.depth back.)
  if (loop.run(f) > 0) loop.idle = 0;
  // (Leaving at the head of a compiled inner loop is not idle, `chain` goes on there; nor is a
  // `return`.)
  else if (!(loop.top && (code.original[f.pc] & 0xff) === Op.YIELD_VALUE) && f.pc >= loop.head && f.pc <= loop.end && !(f.pc !== loop.head && innerHead(code, f.pc)) && !atReturn(code, f.pc) && ++loop.idle > IDLE_LIMIT) {
    code.loops!.set(loop.head, null);
    loop.dropped = true;
    const marks = code.resume!;
    for (let i = loop.head; i <= loop.end; i++) if (marks[i] === loop.head) marks[i] = -1;
    return false;
  }
  return true;
}

/** Whether instruction `pc` of `code` is a `return` (RETURN_VALUE or its fused pairs). */
function atReturn(code: VMCode, pc: number): boolean {
  const op = code.code[pc] & 0xff;
  return op === Op.RETURN_VALUE || op === Op.LOAD_CONST__RETURN_VALUE || op === Op.LOAD_FAST__RETURN_VALUE;
}

/**
 * The value a `return` at `pc` returns, for a compiled body that a loop left there (f.sp set);
 * undefined when `pc` is not a return (or returns an unbound local: the interpreter raises).
 */
function returnAt(f: VMFrame, pc: number): PyObject | undefined {
  const w = f.code.code[pc];
  switch (w & 0xff) {
    case Op.RETURN_VALUE: return f.regs[f.sp - 1];
    case Op.LOAD_CONST__RETURN_VALUE: return f.code.co_consts[w >> 8];
    case Op.LOAD_FAST__RETURN_VALUE: return f.regs[w >> 8];
  }
  return undefined;
}

/** Whether `pc` is the head of a compiled loop of `code`. */
function innerHead(code: VMCode, pc: number): boolean {
  const l = code.loops!.get(pc);
  return l !== undefined && l !== null;
}

/**
 * A compiled loop left `f` at f.pc: while that is the head of another compiled loop (an inner
 * loop, which ends the outer loop's code) or an entry of one (the instruction after an inner
 * loop, back in the outer one), that loop runs next, without the interpreter in between.
 */
function chain(f: VMFrame, code: VMCode, from: CompiledLoop): void {
  const loops = code.loops!;
  const marks = code.resume;
  const it = interp();
  let prev = from;
  for (;;) {
    // (Not when a direct call left the interpreter a callee's frame to go on in.)
    if (it.frame !== f) return;
    const p = f.pc;
    // (A `return`, which no loop's code does: the body or the generator's resumer does it.)
    if (atReturn(code, p)) return;
    let loop: CompiledLoop | null | undefined;
    if (prev.nextPc === p && !prev.next!.dropped) loop = prev.next;
    else {
      loop = loops.get(p);
      if (loop === undefined) {
        if (marks !== null && marks[p] >= 0) loop = loops.get(marks[p]);
        else if (prev.inner !== null && prev.inner.includes(p)) {
          // The head of an inner loop not compiled yet: compiled now (the outer loop is hot),
          // not after JIT_AFTER backward jumps, which an inner loop that goes round once or not
          // at all (`while i < j:` with one round, a search that breaks) never takes: the rest
          // of the outer loop's every round would run in the interpreter.
          loop = compileLoop(code, p, f.sp - code.nlocalsplus);
          loops.set(p, loop);
        }
        if (loop === undefined) return;
      }
      if (loop === null) return;
      prev.nextPc = p;
      prev.next = loop;
    }
    if (!runLoop(f, code, loop!) || f.pc === p) return;
    prev = loop!;
  }
}

/**
 * A VM generator resumed from compiled code (the caller `f` at the resuming instruction, f.pc
 * after it and f.sp set as the interpreter's instruction leaves them): FOR_ITER over it
 * (`mode` FOR), SEND (`yield from`, SEND, `value` sent in), or a call of next(g) / g.send(v)
 * (CALL). Resumes the generator inline, as the interpreter's instruction does, and when the
 * generator stands in a compiled loop of its own, runs that loop; a YIELD_VALUE the loop stops
 * at is done here, and its value returned. undefined: the generator's frame goes on in the
 * interpreter (interp().frame; its yield or return comes back to f after the instruction, as
 * to the interpreter's); null: not resumed inline (left to the interpreter's instruction).
 */
function genStep(f: VMFrame, g: PyGenerator, mode: Resume, value: PyObject): PyObject | undefined | null {
  const gf = resumeInline(f, g, mode, value);
  if (gf === null) return null;
  // (Just started: a generator expression from its loop's head, another generator from its
  // compiled region's, when they are compiled.)
  if (gf.pc === 0 && !startAtLoopHead(gf)) startGenerator(gf);
  if (!runToYield(gf)) {
    // Stopped at a `return` of its own code (FOR_ITER_GEN and SEND only): finished here, as
    // the interpreter's RETURN_VALUE of an inline frame does; the caller's loop exits, or
    // `yield from` has its value (sendValue), with no dispatch loop.
    if (mode === Resume.FOR || mode === Resume.SEND) {
      const pc = gf.pc;
      if (interp().frame === gf && atReturn(gf.code, pc)) {
        const v = returnAt(gf, pc);
        if (v !== undefined) {
          if ((gf.code.code[pc] & 0xff) === Op.RETURN_VALUE) gf.sp--;
          finishInline(gf);
          sendValue.value = v;
          return GEN_END;
        }
      }
    }
    return undefined;
  }
  // The YIELD_VALUE, as the interpreter does it in an inline frame.
  const pc = gf.pc;
  const v = gf.regs[--gf.sp];
  gf.pc = pc + 1;
  gf.lasti = pc;
  suspendInline(gf);
  return v;
}

/** genStep's result for a generator that returned (its value in sendValue). */
const GEN_END = Object.freeze({}) as unknown as PyObject;

/**
 * Runs the compiled loop a generator frame just resumed stands in (after a yield there), if
 * any; true when it stopped at a YIELD_VALUE of that frame (which the caller does), false when
 * the frame goes on in the interpreter (interp().frame: the generator's, or a callee's).
 */
function runToYield(gf: VMFrame): boolean {
  const code = gf.code;
  const pc = gf.pc;
  const cached = code.yieldLoops;
  let loop = cached !== null ? cached[pc] : undefined;
  if (loop === undefined || loop.dropped) {
    const marks = code.resume;
    if (marks === null) return false;
    // (At a loop's own head: a generator expression started there, generator.ts startAtLoopHead.)
    const head = marks[pc] >= 0 ? marks[pc] : pc;
    const found = code.loops!.get(head);
    if (found === undefined || found === null) return false;
    loop = found;
    (code.yieldLoops ??= new Array<CompiledLoop | undefined>(code.code.length))[pc] = loop;
  }
  // (Put back as it was also after an exception: direct calls the loop made then are gone.)
  const depth0 = direct.depth;
  direct.depth++;
  try {
    // (`chain` only when the loop stopped elsewhere than at a yield.)
    if (runLoop(gf, code, loop) && (code.original[gf.pc] & 0xff) !== Op.YIELD_VALUE) chain(gf, code, loop);
  } finally {
    direct.depth = depth0;
  }
  return interp().frame === gf && (code.original[gf.pc] & 0xff) === Op.YIELD_VALUE;
}

/**
 * A suspended VM generator frame resumed by native code (next(g) from a native caller, sum(),
 * any(), ...: resumeGen) as the entry frame of a loop, its sent value pushed: when it stands in
 * a compiled loop of its own (after a yield there), runs that loop; a YIELD_VALUE the loop stops
 * at is done here (`gf.yielded`), and its value returned, with no dispatch loop entered.
 * undefined: the frame goes on in the dispatch loop (`run(gf, null, interp().frame)`: a
 * function the compiled code called directly may have left its own frame to it). An exception
 * goes to the caller, which has `run` raise it at the position the compiled code set
 * (throwIn: `run` starts from interp().frame's f.pc and f.sp).
 */
export function compiledStep(gf: VMFrame): PyObject | undefined {
  if (!runToYield(gf)) return undefined;
  const pc = gf.pc;
  const v = gf.regs[--gf.sp];
  gf.pc = pc + 1;
  gf.lasti = pc;
  gf.yielded = true;
  return v;
}

/** A directly called __init__ (CALL_ALLOC_AND_ENTER_INIT) returned `r`, not None. */
function initNotNone(r: PyObject): never {
  throw newError(E.TypeError, `__init__() should return None, not '${typeOf(r).name}'`);
}

/** GET_ITER: iter(v); a loop's own unstarted generator is marked temporary (vm.ts's case). */
function iterFor(v: PyObject, loopTemp: number): PyObject {
  const iter = getIter(v);
  if (loopTemp && iter instanceof PyGenerator && !iter.started) iter.temporary = true;
  return iter;
}

// ---- compilation ----------------------------------------------------------------------------

const MAX_SAFE = Number.MAX_SAFE_INTEGER;

/** What the generated code refers to, passed in once per compiled loop. */
let helperSet: Record<string, unknown> | null = null;
let helperNames = '';

/**
 * What the generated code refers to, passed in once per compiled loop (made on first use: the
 * builtin types are installed after this module loads), and its names for the destructuring.
 */
function helpers(): Record<string, unknown> {
  if (helperSet === null) {
    helperSet = {
      PyObj, PyDict, PyFloat, PyList, PyTuple, PyListIter, PyRangeIter, PySeqArrayIter,
      None, isTrue, setAdd, newFloat, newList, newTuple, newCell, intBinary, FloatF, ...allocCtors(),
      PySet, setContains, contains, unaryOp, typeOf, pairOut, PyBuiltinFunction, PyMethodDescriptor, typeCall, PyModule,
      flatStr, strConcat, formatValue, iterFor, loadAttrOrSoft, softRaise, newSlice: factories.newSlice, numBin, numCmp, slotAt, intArith, mulAddMod, droppedByDel, peekItem, stickyIterType,
      LIST: T.list, TUPLE: T.tuple, DICT: T.dict, FLOAT: T.float, TUPLE_ITER: T.tuple_iterator, MAX_SAFE,
      SET: T.set, FROZENSET: T.frozenset, handled, exceptionMatches, PyType, PyFunction, interp, frameFor, releaseFrame, keywordFrame, argumentFrame, enterFrame, direct, TYPE: T.type, initNotNone, PyGenerator, genStep, GEN_END, newGenerator, newRegs,
      PyStr, PySlice, percentFormat, getItem, strSlice, seqSlice, STR: T.str,
      SUPER: T.super, superMethod, superSelfNow, getAttr, setAttr, loadMethodAt: specializeLoadMethod, polyMeth, polyAttr, polyStore,
      numberFromStrOrError, PyBaseException, callInline, callExInline, slowOp, beforeWith, PyMethod, binaryOpSlow, compareSlow, unpackSequence, send, sendValue, setItem, GENERATOR: T.generator, NEXT: builtinNext, GENSEND: T.generator.dict.getStr('send'),
      innerLoop, stale, reachedUnrun, respecialised, intPair, returnAt, takeSoftRaise, raiseTo, raised, reraised, keyError, indexError, zeroDivisionOf, RAISED, bodyRaised, takeBodyRaise, raiseFromCall, binopUnsupported, richCompareRest, COMPARE_PENDING, DISCARD_PENDING, NotImplemented, setSlotAt, listExtend, setUpdate,
      rebound, callArgsDropped, seqDropped, generatorFinished, storeAttrWatched, storeItemWatched,
    };
    helperNames = Object.keys(helperSet).join(', ');
  }
  return helperSet;
}

/** Recompiles of one code object's loops and body for sites reached unspecialised (`stale`). */
const MAX_RECOMPILES = 6;

/** Calls after which a body thrown away by `stale` is compiled again. */
const BODY_RECOMPILE_AFTER = 4;

/**
 * Whether instruction `k` is one of the families that specialise at their first execution
 * (attribute and method loads, attribute stores, calls, globals) and has never been run by the
 * interpreter: still generic, and neither its counter nor its back-off touched.
 */
function unrun(code: VMCode, k: number): boolean {
  if (code.recompiles >= MAX_RECOMPILES || (code.staleSites !== null && code.staleSites.has(k))) return false;
  // (A call the interpreter ran and marked how to compile: callGeneric's genCalls marks.)
  if (code.genCalls !== null && code.genCalls[k] !== 0) return false;
  const op = code.original[k] & 0xff;
  if (op !== Op.LOAD_ATTR && op !== Op.STORE_ATTR && op !== Op.LOAD_METHOD && op !== Op.CALL && op !== Op.LOAD_GLOBAL) return false;
  return (code.code[k] & 0xff) === op && code.counter[k] === 0 && code.backoffExp[k] === 0;
}

/** Times compiled code may reach an unrun attribute access or call before it is compiled again. */
const UNRUN_REACHES = 16;

/**
 * Whether compiled code reaching instruction `k`, an attribute access or call compiled before
 * the interpreter had run it (`unrun`), should leave now for the code to be compiled again
 * (`stale`): once it has been reached UNRUN_REACHES times. Until then the compiled generic form
 * runs: a branch reached once or twice (a state change, a last round, an error path) does not
 * throw compiled code away, nor does V8 have to warm a new compile up again.
 */
function reachedUnrun(code: VMCode, k: number): boolean {
  const counts = (code.unrunReaches ??= new Uint8Array(code.code.length));
  return ++counts[k] >= UNRUN_REACHES;
}

/**
 * Compiled code has reached instruction `k`, compiled before the interpreter had run (and
 * specialised) it (`unrun`): throws away the loop whose head is `head` (its next backward jump
 * compiles it again), or with `head` -1 the body (compiled again after BODY_RECOMPILE_AFTER
 * more calls). The next compile takes `k` as it is then (some calls, a class whose instances
 * the interpreter does not specialise for, stay generic).
 */
function stale(code: VMCode, head: number, k: number): void {
  code.recompiles++;
  (code.staleSites ??= new Set()).add(k);
  if (head < 0) {
    code.body = null;
    code.bodyEntries = null;
    code.calls = BODY_AFTER - BODY_RECOMPILE_AFTER;
    return;
  }
  const loop = code.loops?.get(head);
  if (loop !== undefined && loop !== null) loop.dropped = true;
  code.loops?.delete(head);
}

/**
 * Throws away all compiled code of `code` (its body, its loops), as `stale` does, without
 * counting it as a recompile: the next compile will look at what is dropped (finAt).
 */
function dropCompiled(code: VMCode): void {
  if (code.body !== null) {
    code.body = null;
    code.bodyEntries = null;
    code.calls = Math.min(code.calls, BODY_AFTER - BODY_RECOMPILE_AFTER);
  }
  if (code.loops !== null) {
    for (const loop of code.loops.values()) if (loop !== null) loop.dropped = true;
    code.loops.clear();
  }
}

/**
 * Compiled code is leaving at instruction `k` (a guard failed, or it is not compiled here) and
 * the interpreter has rewritten `k` since the code was compiled (`ops[k]` is no longer the form
 * compiled: deoptimised after its misses, or specialised since): throws the loop whose head is
 * `head` away, or with `head` -1 the body, as `stale` does, so that the next compile takes `k`
 * as it is now. Without it, a body compiled while `x * y` saw floats left to the interpreter at
 * every call once the operands became ints. Counted with `stale`'s recompiles (MAX_RECOMPILES).
 */
function respecialised(code: VMCode, head: number): void {
  if (code.recompiles >= MAX_RECOMPILES) return;
  if (head < 0) {
    if (code.body === null) return;
    code.recompiles++;
    code.body = null;
    code.bodyEntries = null;
    code.calls = BODY_AFTER - BODY_RECOMPILE_AFTER;
    return;
  }
  const loop = code.loops?.get(head);
  if (loop === undefined || loop === null) return;
  code.recompiles++;
  loop.dropped = true;
  code.loops!.delete(head);
}

/**
 * Whether the compiler turns instruction `k` into code: the instruction families it has fast
 * paths for, and for the specialising families only the specialised forms it knows (any other
 * instruction is where the compiled loop leaves to the interpreter).
 */
function compiles(code: VMCode, k: number, fn: boolean): boolean {
  const w = code.original[k];
  const spec = code.code[k] & 0xff;
  switch (w & 0xff) {
    case Op.RETURN_VALUE: case Op.COPY_FREE_VARS: case Op.MAKE_CELL:
      return fn;
    case Op.NOP: case Op.POP_TOP: case Op.PUSH_NULL: case Op.COPY: case Op.SWAP: case Op.LOAD_CONST:
    case Op.LOAD_FAST: case Op.LOAD_FAST_CHECK: case Op.STORE_FAST:
    case Op.LOAD_DEREF: case Op.STORE_DEREF: case Op.LOAD_CLOSURE:
    case Op.JUMP_FORWARD: case Op.JUMP_BACKWARD:
    case Op.POP_JUMP_IF_FALSE: case Op.POP_JUMP_IF_TRUE: case Op.POP_JUMP_IF_NONE: case Op.POP_JUMP_IF_NOT_NONE:
    case Op.JUMP_IF_FALSE_OR_POP: case Op.JUMP_IF_TRUE_OR_POP:
    case Op.BINARY_OP: case Op.COMPARE_OP: case Op.IS_OP: case Op.CONTAINS_OP: case Op.UNARY_NOT: case Op.UNARY_NEGATIVE:
    case Op.BINARY_SUBSCR: case Op.STORE_SUBSCR:
    case Op.LIST_APPEND: case Op.SET_ADD: case Op.MAP_ADD:
    case Op.BUILD_TUPLE: case Op.BUILD_LIST: case Op.UNPACK_SEQUENCE:
    case Op.GET_ITER: case Op.FORMAT_VALUE: case Op.BUILD_STRING: case Op.BUILD_SLICE:
    case Op.SEND: case Op.DELETE_FAST: case Op.DELETE_SUBSCR: case Op.POP_ITER: case Op.GET_YIELD_FROM_ITER:
      return true;
    case Op.PUSH_EXC_INFO: case Op.POP_EXCEPT: case Op.CHECK_EXC_MATCH:
      return true;
    case Op.RAISE_VARARGS:
      // `raise x` / `raise x from y` in a body, or in a loop under a handler of the frame
      // (raiseHere in instruction()).
      return (w >> 8) > 0 && (fn || code.handlerOf[k] >= 0);
    case Op.RERAISE:
      return fn || code.handlerOf[k] >= 0;
    case Op.YIELD_VALUE:
      // A generator's plain yield in a loop: to a native consumer's sink inline (`csink`), else
      // the loop leaves there as before (instruction()).
      return !fn && (w >> 8) === 0 && code.isGenerator;
    case Op.FOR_ITER:
      return spec === Op.FOR_ITER_RANGE || spec === Op.FOR_ITER_RANGE_STORE || spec === Op.FOR_ITER_LIST || spec === Op.FOR_ITER_LIST_STORE || spec === Op.FOR_ITER_GEN ||
        spec === Op.FOR_ITER_TUPLE || spec === Op.FOR_ITER_NATIVE || (spec === Op.FOR_ITER_PAIR && code.original[k + 1] === word(Op.UNPACK_SEQUENCE, 2));
    case Op.LOAD_GLOBAL:
      return spec === Op.LOAD_GLOBAL_MODULE || spec === Op.LOAD_GLOBAL_BUILTIN || spec === Op.LOAD_GLOBAL;
    case Op.LOAD_NAME:
      return spec === Op.LOAD_NAME_MODULE || spec === Op.LOAD_NAME_BUILTIN;
    case Op.STORE_NAME:
      return spec === Op.STORE_NAME_MODULE;
    case Op.STORE_GLOBAL:
      return true;
    case Op.LOAD_ATTR:
      return true;
    case Op.STORE_ATTR:
    case Op.LOAD_METHOD:
      // (Any form: the ones without a fast path are the generic operation, see attrGeneric.)
      return true;
    case Op.CALL: case Op.KW_NAMES: case Op.CALL_FUNCTION_EX: case Op.BEFORE_WITH:
      // (Any form: what has no fast path is a call through the protocol, callInline.)
      return true;
    case Op.MAKE_FUNCTION:
      // (In a function body too, since session 18: a factory called from a hot loop ran in a
      // nested dispatch loop per call until V8 had optimised `run`, ~1.5 us a call for the first
      // ~150k calls. Compiled code calls such a body through the protocol: see CALL.)
      return true;
  }
  return INLINE_SLOW_OPS.has(w & 0xff);
}

/**
 * Compiles the loop whose head is `head` (entered with stack depth `depth0`): the instructions
 * reachable from the head up to its last backward jump. Null when there is nothing worth
 * compiling.
 */
function compileLoop(code: VMCode, head: number, depth0: number): CompiledLoop | null {
  const orig = code.original;
  let end = head;
  // The last backward jump to the head: JUMP_BACKWARD, or a `while` loop's conditional jump.
  for (let i = head; i < orig.length; i++) {
    if (OPS[orig[i] & 0xff].jump !== null && OPS[orig[i] & 0xff].arg === 'jump' && orig[i] >> 8 === head) end = i;
  }
  // (A very long body is left to the interpreter: V8's optimising compile time grows faster
  // than linearly with a function's size.)
  if (end === head || end - head > MAX_LOOP) return null;
  const run = compileRegion(code, head, end, depth0, false);
  if (run === null) return null;
  return new CompiledLoop(run, head, end, innerHeads(code, head, end));
}

/** The heads of the loops inside instructions head..end (backward jumps to a later head), or null. */
function innerHeads(code: VMCode, head: number, end: number): number[] | null {
  const orig = code.original;
  let inner: number[] | null = null;
  for (let i = head + 1; i <= end; i++) {
    const info = OPS[orig[i] & 0xff];
    const t = orig[i] >> 8;
    if (info.jump !== null && info.arg === 'jump' && t > head && t < i && (inner === null || !inner.includes(t))) (inner ??= []).push(t);
  }
  return inner;
}

/**
 * Compiles instructions `head`..`end` entered at `head` with stack depth `depth0`: a loop
 * (`fn` false), or a whole loop-free function body (`fn` true: entered at instruction 0 of a
 * new frame, RETURN_VALUE returns the value, and the exits return undefined instead of a count
 * of rounds). Null when there is nothing worth compiling.
 */
function compileRegion(code: VMCode, head: number, end: number, depth0: number, fn: boolean): LoopFn | null {
  const orig = code.original;
  // Stack depth of every instruction reachable inside [head, end] through compiled ones.
  const n = end - head + 1;
  const depth = new Int32Array(n).fill(-1);
  const label = new Uint8Array(n);
  label[0] = 1;
  // Labels some compiled jump goes to (the others are entered only by falling through or from
  // outside: after a call or yield, at a handler).
  const jumpIn = new Uint8Array(n);
  jumpIn[0] = 1;
  const work = [head];
  depth[0] = depth0;
  const reach = (t: number, d: number, jump: boolean): boolean => {
    if (t < head || t > end) return true;
    const j = t - head;
    if (jump) label[j] = 1;
    if (depth[j] === -1) {
      depth[j] = d;
      work.push(t);
      return true;
    }
    return depth[j] === d;
  };
  let body = 0;
  const resumes: number[] = [];
  /** Follows the flow from the instructions in `work`; false: two paths meet at different depths. */
  const flow = (): boolean => {
    while (work.length > 0) {
      const k = work.pop()!;
      const w = orig[k];
      const op = w & 0xff;
      if (!compiles(code, k, fn)) {
        // Left to the interpreter. If it falls through, the loop resumes after it when it was a
        // call (of a Python function: its RETURN_VALUE comes back here, `resumeLoop`). A
        // function body is entered only at its start.
        const info = OPS[op];
        if (!fn && info.jump === null && !info.terminal && k + 1 <= end) {
          if (!reach(k + 1, depth[k - head] + info.effect(w >> 8), true)) return false;
          resumes.push(k + 1);
        }
        continue;
      }
      body++;
      const d = depth[k - head];
      const info = OPS[op];
      const arg = w >> 8;
      if (info.jump !== null) {
        if (arg >= head && arg <= end) jumpIn[arg - head] = 1;
        if (!reach(arg, d + info.jump(arg), true)) return false;
      }
      // FOR_ITER_PAIR pushes both values and goes on after the UNPACK_SEQUENCE 2 it skips.
      if ((code.code[k] & 0xff) === Op.FOR_ITER_PAIR && orig[k + 1] === word(Op.UNPACK_SEQUENCE, 2)) {
        if (k + 2 <= end) jumpIn[k + 2 - head] = 1;
        if (!reach(k + 2, d + 2, true)) return false;
      }
      // (After a yield is an entry too: where a resumed generator goes on.)
      const entryAfter = pyCall(code, k) || op === Op.YIELD_VALUE;
      if (op !== Op.JUMP_FORWARD && op !== Op.JUMP_BACKWARD && !info.terminal && !reach(k + 1, d + info.effect(arg), entryAfter)) return false;
      // (A Python call the interpreter made, or whose callee's body left to it, returns there.)
      if (!fn && entryAfter && k + 1 <= end) resumes.push(k + 1);
    }
    return true;
  };
  if (!flow()) return null;
  // The loop's exception handlers: a handler inside the loop for instructions reached here is
  // an entry too (a label, so a resume mark): after `unwind` has put the frame at the handler
  // (raised in the interpreter, or in a helper the compiled code called), the loop goes on
  // compiled there (PUSH_EXC_INFO, CHECK_EXC_MATCH, POP_EXCEPT compile). Its depth is the
  // table's, plus lasti if pushed, plus the exception. Handlers of handlers on the next round.
  // (In a body, since session 24, a handler is reached only from its own code, `raiseHere`:
  // an exception the interpreter unwinds to it runs the handler there.)
  {
    const t = code.excTable;
    for (let more = true; more; ) {
      more = false;
      for (let e = 0; e < t.length; e += 5) {
        const target = t[e + 2];
        if (target < head || target > end || depth[target - head] !== -1) continue;
        let covered = false;
        for (let i = Math.max(t[e], head); i < t[e + 1] && i <= end; i++) {
          if (depth[i - head] >= 0) {
            covered = true;
            break;
          }
        }
        if (!covered) continue;
        depth[target - head] = t[e + 3] + t[e + 4] + 1;
        label[target - head] = 1;
        work.push(target);
        more = true;
      }
      if (more && !flow()) return null;
    }
  }
  if (body < 2) return null;
  if (fn && !worthResuming(code, head, head, end, depth, true)) return null;
  // Inner loops (a backward jump inside to a head after ours) are left out: their head leaves
  // this code, `chain` runs the inner loop's own compiled code, and comes back at this loop's
  // instruction after it (every label of this code is an entry). One function per loop keeps
  // each small for V8, which compiles a large one very slowly.
  const skip = new Uint8Array(n);
  for (let i = head + 1; i <= end; i++) {
    const t = orig[i] >> 8;
    if (OPS[orig[i] & 0xff].jump !== null && OPS[orig[i] & 0xff].arg === 'jump' && t > head && t < i && depth[t - head] >= 0) {
      for (let j = t + 1; j <= i; j++) skip[j - head] = 1;
      label[t - head] = 2;
    }
  }
  for (let i = 0; i < n; i++) if (skip[i]) depth[i] = -1;
  fusedSlices = new Set();
  for (let k = head; k < end; k++) {
    if ((orig[k] & 0xff) === Op.BUILD_SLICE && (orig[k + 1] & 0xff) === Op.BINARY_SUBSCR && depth[k - head] >= 0 && depth[k + 1 - head] >= 0 && label[k + 1 - head] === 0) fusedSlices.add(k);
  }
  fusedMulMod = new Map();
  fusedTails = new Map();
  for (let k = head; k + 2 <= end; k++) {
    const f = mulModAt(code, k);
    if (f === null || f.tail > end) continue;
    let plain = depth[k - head] >= 0;
    for (let i = k + 1; i <= f.tail && plain; i++) plain = depth[i - head] >= 0 && label[i - head] === 0;
    if (plain) fusedMulMod.set(k, f);
  }
  if (!fn) {
    let marks = code.resume;
    if (marks === null) marks = code.resume = new Int32Array(orig.length).fill(-1);
    for (const r of resumes) if (depth[r - head] >= 0 && worthResuming(code, r, head, end, depth, false)) marks[r] = head;
    for (let i = 1; i < n; i++) if (label[i] === 1 && depth[i] >= 0) marks[head + i] = head;
  }
  if (fn) {
    const entries = new Uint8Array(orig.length);
    for (let i = 1; i < n; i++) if (label[i] === 1 && depth[i] >= 0) entries[head + i] = 1;
    code.bodyEntries = entries;
  }
  const nlp = code.nlocalsplus;
  const out: string[] = [];
  // Float temporaries: a float result that the next instructions only combine with other
  // numbers stays an unboxed double in `t<slot>` (no PyFloat per intermediate result); it is
  // boxed into its register when anything else is to see it (a store, another instruction,
  // a label, a leave). A local stored from a temporary keeps its double in `u<local>` too
  // (`fs.fwd`) until the next label, so that later loads of it in the same straight-line code
  // are temporaries again, with no type check (the register still holds the PyFloat, boxed at
  // the store: a temporary loaded from it is boxed back as that same object, keeping identity).
  const fs = new FloatState();
  fs.region = fn ? -1 : head;
  siteDecls = [];
  finAt = finalizers.on;
  if (!finAt) compiledWithoutFin.add(code);
  dirty = new Set();
  const nparams = paramSlots(code);
  alwaysBound = new Uint8Array(nlp);
  for (let i = 0; i < nparams && i < nlp; i++) alwaysBound[i] = 1;
  for (const w of orig) if ((w & 0xff) === Op.DELETE_FAST) alwaysBound[w >> 8] = 0;
  boundNow.clear();
  /** Adds code to the function, its write-back placeholders resolved (`place`). */
  const emit = (src: string) => out.push(place(src, nlp));
  let maxDepth = 0;
  for (let k = head; k <= end; k++) {
    const d = depth[k - head];
    if (d < 0) continue;
    if (d + 2 > maxDepth) maxDepth = d + 2;
    if (label[k - head]) {
      if (jumpIn[k - head]) {
        // (Falling through into a jump target: the stack goes to the registers first, as the
        // jumps do.)
        emit(SPILL(d));
        out.push(`case ${k}:`);
        dirty = new Set();
      } else {
        // Entered only by falling through or from outside, where the slots are loaded from the
        // registers: the slots assigned before stay to be written back (a call's result is not
        // stored at the label after it).
        out.push(`case ${k}:`);
      }
      boundNow.clear();
      fs.fwd.clear();
    }
    if (label[k - head] !== 2 && unrun(code, k)) {
      // Not run by the interpreter yet, so not specialised: compiled as it stands it would stay
      // the generic operation for good. Reaching it throws this code away and leaves to the
      // interpreter, which specialises it; the loop (the body) is compiled again later.
      if (fs.raw.size > 0) emit(fs.boxAll(nlp, true));
      // (A CALL with keywords: the interpreter starts at its KW_NAMES, which compiled to nothing.)
      const at = k > head && (orig[k] & 0xff) === Op.CALL && (orig[k - 1] & 0xff) === Op.KW_NAMES ? k - 1 : k;
      const leave = `{ stale(code, ${fn ? -1 : head}, ${k}); ${SPILL(d)}f.pc = ${at}; f.sp = ${nlp + d}; return n; }`;
      fs.fwd.clear();
      // An attribute access, call or global load has a compiled generic form: that runs until
      // the site has been reached often (reachedUnrun).
      emit(`if (reachedUnrun(code, ${k})) ${leave}`);
    }
    const own = compiles(code, k, fn) && label[k - head] !== 2;
    const r = own ? floatTemps(code, k, d, nlp, fs) : null;
    if (r !== null) emit(r);
    else {
      if (fs.raw.size > 0) emit(fs.boxAll(nlp, true));
      let leave = `{ ${respecCheck(code, k, fn ? -1 : head)}${SPILL(d)}f.pc = ${k}; f.sp = ${nlp + d}; return n; }`;
      // A loop in a function body: its compiled code runs from here (`innerLoop`), and the body
      // goes on where it left when that is one of the body's labels (the loop's exit), with
      // the stack as the loop left it in the registers.
      if (fn && label[k - head] === 2) leave = `{ ${SPILL(d)}f.pc = ${k}; f.sp = ${nlp + d}; if (!innerLoop(f, ${k})) return undefined; ${RELOAD}pc$ = f.pc; continue; }`;
      emit(own ? instruction(code, k, d, nlp, head, end, depth, fn) : leave);
      const op0 = code.original[k] & 0xff;
      if (op0 === Op.STORE_FAST || op0 === Op.DELETE_FAST) fs.fwd.delete(code.original[k] >> 8);
      if (!own) fs.fwd.clear();
    }
    const opk = orig[k] & 0xff;
    if (opk === Op.STORE_FAST) boundNow.add(orig[k] >> 8);
    else if (opk === Op.DELETE_FAST) boundNow.delete(orig[k] >> 8);
    // Falling through out of the loop (a `while` loop's last test) or into code not compiled here.
    const op = orig[k] & 0xff;
    if (own && op !== Op.JUMP_FORWARD && op !== Op.JUMP_BACKWARD && !OPS[op].terminal && (k + 1 > end || depth[k + 1 - head] < 0)) {
      const dd = d + OPS[op].effect(orig[k] >> 8);
      emit(`{ ${fs.boxAll(nlp, true)}${SPILL(dd)}f.pc = ${k + 1}; f.sp = ${nlp + dd}; return n; }`);
    }
    if (fs.raw.size > 0 && k + 1 <= end && label[k + 1 - head]) emit(fs.boxAll(nlp, true));
  }
  // The stack slots: declared, and loaded from the registers where the function is entered
  // other than at a body's start (whose stack is empty) and after an inner loop ran.
  const slots = Math.min(maxDepth, code.frameSize - nlp);
  let load = '';
  for (let i = 0; i < slots; i++) load += `s${i} = regs[${nlp + i}]; `;
  const cases = out.join('\n').replaceAll(RELOAD, load);
  const temps: string[] = [];
  for (let i = 0; i < maxDepth; i++) temps.push(`t${i} = 0.5`);
  for (let i = 0; i < maxDepth; i++) temps.push(`s${i}`);
  for (const l of fs.used) temps.push(`u${l} = 0.5`);
  const h = helpers();
  const consts = code.co_consts.map((_, i) => `c${i} = consts[${i}]`);
  const src =
    `const { ${helperNames} } = H;\n` +
    // (The interpreter of the run the code object belongs to: one per process at a time.)
    `const IT = interp();\n` +
    `const ops = code.code, cacheA = code.cacheA, cacheB = code.cacheB, cacheI = code.cacheI, cacheObj = code.cacheObj, cacheObj2 = code.cacheObj2, cacheA2 = code.cacheA2, cacheVal = code.cacheVal, cacheVal2 = code.cacheVal2;\n` +
    (consts.length > 0 ? `const ${consts.join(', ')};\n` : '') +
    (siteDecls.length > 0 ? `let ${siteDecls.join(', ')};\n` : '') +
    // (Named after the code object, so that profiles tell compiled functions apart.)
    `return function ${fn ? 'body' : 'loop'}_${code.co_qualname.replace(/[^A-Za-z0-9_]/g, '_')}${fn ? '' : `_${head}`}(f) {\n` +
    `const regs = f.regs;\n` +
    `let pc$ = f.pc, n = ${fn ? 'undefined' : '0'}, ${temps.join(', ')};\n` +
    (fn ? `if (pc$ !== 0) { ${load}}\n` : `${load}\n`) +
    `for (;;) switch (pc$) {\n${cases}\n` +
    // (A body reaches the default after a loop left it at f.pc: at a `return` there, it returns.)
    (fn ? `default: { const v = returnAt(f, pc$); if (v !== undefined) return v; } f.pc = pc$; return n;\n}\n` : `default: f.pc = pc$; return n;\n}\n`) +
    `};`;
  if (typeof process !== 'undefined' && process.env.DYAD_JIT_DUMP === '1') process.stderr.write(`---- ${code.co_qualname} ${fn ? 'body' : `loop at ${head}`}\n${src}\n`);
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  const make = new Function('code', 'consts', 'names', 'H', src) as (c: VMCode, k: PyObject[], n: string[], h: object) => LoopFn;
  return make(code, code.co_consts, code.co_names, h);
}

/**
 * Whether resuming the compiled loop at `r` (after a call) saves more than the resume costs
 * (two calls and a lookup, about what the interpreter takes for a few instructions): at least
 * two instructions that do real work (not a load, store or stack shuffle) before the compiled
 * code would leave again. closures.py's loop, four calls with one or two loads and an
 * operation between them, got slower when every call resumed.
 */
function worthResuming(code: VMCode, r: number, head: number, end: number, depth: Int32Array, fn: boolean): boolean {
  const orig = code.original;
  let work = 0;
  let k = r;
  for (let steps = 0; steps < 16 && work < 2; steps++) {
    if (k < head || k > end || depth[k - head] < 0 || !compiles(code, k, fn)) return false;
    const op = orig[k] & 0xff;
    switch (op) {
      case Op.NOP: case Op.POP_TOP: case Op.PUSH_NULL: case Op.COPY: case Op.SWAP: case Op.LOAD_CONST:
      case Op.LOAD_FAST: case Op.LOAD_FAST_CHECK: case Op.STORE_FAST: case Op.LOAD_DEREF: case Op.STORE_DEREF: case Op.LOAD_CLOSURE:
      case Op.COPY_FREE_VARS: case Op.MAKE_CELL: case Op.POP_ITER:
        break;
      case Op.RETURN_VALUE:
        // (A compiled body that returns is called directly by compiled callers.)
        return true;
      case Op.SEND:
        // (A generator resumed, as a call.)
        return true;
      case Op.JUMP_FORWARD:
      case Op.JUMP_BACKWARD:
        k = orig[k] >> 8;
        continue;
      default:
        work++;
    }
    k++;
  }
  return work >= 2;
}

/**
 * The float temporaries of a compiled region while its code is generated: which stack slots
 * hold an unboxed double (`raw`, in `t<slot>`), for those that are a plain load of a local or
 * constant the expression that is their PyFloat (`src`: boxing them is that, not a new object),
 * and which locals' doubles are in `u<local>` (`fwd`; `used`: every such variable to declare).
 */
class FloatState {
  raw = new Set<number>();
  src = new Map<number, string>();
  fwd = new Set<number>();
  used = new Set<number>();
  /** The region's head for `respecialised` (-1: a body). */
  region = -1;
  /** Code boxing every temporary into its register; `clear`: they are no longer temporaries. */
  boxAll(nlp: number, clear: boolean): string {
    let b = '';
    for (const i of this.raw) b += `s${i} = ${this.src.get(i) ?? `new FloatF(t${i})`}; `;
    if (clear) {
      this.raw.clear();
      this.src.clear();
    }
    return b;
  }
}

/**
 * Instruction `k` at depth `d` as part of a float expression (`fs`: the temporaries, updated),
 * or null when it is not one: a local, constant or cell load (a temporary when it is a local
 * whose double is known or a float constant, else leaving the temporaries alone), a STORE_FAST
 * of a temporary (boxed into the local, its double kept), or +, -, *, / on an operand that is a
 * temporary or with a float form (the result a temporary).
 */
function floatTemps(code: VMCode, k: number, d: number, nlp: number, fs: FloatState): string | null {
  const w = code.original[k];
  const op = w & 0xff;
  const arg = w >> 8;
  const raw = fs.raw;
  const leave = () => `{ ${respecCheck(code, k, fs.region)}${fs.boxAll(nlp, false)}${SPILL(d)}f.pc = ${k}; f.sp = ${nlp + d}; return n; }`;
  switch (op) {
    case Op.LOAD_CONST: {
      const c = code.co_consts[arg];
      if (c instanceof PyFloat && c.cls === T.float && (raw.size > 0 || fs.fwd.size > 0)) {
        raw.add(d);
        fs.src.set(d, `c${arg}`);
        return `t${d} = c${arg}.value;`;
      }
      return raw.size > 0 ? `s${d} = c${arg};` : null;
    }
    case Op.LOAD_FAST:
    case Op.LOAD_FAST_CHECK:
      if (fs.fwd.has(arg)) {
        raw.add(d);
        fs.src.set(d, `regs[${arg}]`);
        return `t${d} = u${arg};`;
      }
      if (raw.size === 0) return null;
      return bound(arg) ? `s${d} = regs[${arg}];` : `{ const v = regs[${arg}]; if (v === undefined) ${leave()} s${d} = v; }`;
    case Op.STORE_FAST: {
      if (!raw.has(d - 1)) return null;
      const boxed = fs.src.get(d - 1) ?? `new FloatF(t${d - 1})`;
      // Temporaries loaded from this local are boxed before it changes.
      let pre = '';
      const self = `regs[${arg}]`;
      for (const [i, e] of fs.src) {
        if (e === self && i !== d - 1) {
          pre += `s${i} = ${self}; `;
          raw.delete(i);
          fs.src.delete(i);
        }
      }
      raw.delete(d - 1);
      fs.src.delete(d - 1);
      fs.fwd.add(arg);
      fs.used.add(arg);
      return `${pre}u${arg} = t${d - 1}; ${self} = ${boxed};`;
    }
    case Op.BINARY_OP: {
      const kind = arg >= NB.INPLACE ? arg - NB.INPLACE : arg;
      const o = kind === NB.ADD ? '+' : kind === NB.SUBTRACT ? '-' : kind === NB.MULTIPLY ? '*' : kind === NB.TRUE_DIVIDE ? '/' : '';
      if (o === '') return null;
      const specOp = code.code[k] & 0xff;
      const floatForm = specOp === Op.BINARY_OP_ADD_FLOAT || specOp === Op.BINARY_OP_SUBTRACT_FLOAT || specOp === Op.BINARY_OP_MULTIPLY_FLOAT || specOp === Op.BINARY_OP_TRUEDIV_FLOAT;
      const ra = raw.has(d - 2);
      const rb = raw.has(d - 1);
      // (Neither a temporary at a site that has seen two ints: boxed, see intPair.)
      if (!ra && !rb && (!floatForm || code.intPairs)) return null;
      const num = (slot: number, into: string) =>
        `if (s${slot} instanceof PyFloat && s${slot}.cls === FLOAT) ${into} = s${slot}.value; else if (typeof s${slot} === 'number') ${into} = s${slot}; else ${leave()}`;
      let code2: string;
      if (ra && rb) code2 = `{ const x = t${d - 2}, y = t${d - 1}; `;
      else if (ra) code2 = `{ const x = t${d - 2}; let y; ${num(d - 1, 'y')} `;
      else if (rb) code2 = `{ let x; ${num(d - 2, 'x')} const y = t${d - 1}; `;
      else {
        // Neither is a temporary: at least one must be an exact float (int <op> int stays an int).
        code2 =
          `{ const p = s${d - 2}, q = s${d - 1}; let x, y; ` +
          `if (p instanceof PyFloat && p.cls === FLOAT) { x = p.value; if (q instanceof PyFloat && q.cls === FLOAT) y = q.value; else if (typeof q === 'number') y = q; else ${leave()} } ` +
          `else if (q instanceof PyFloat && q.cls === FLOAT && typeof p === 'number') { x = p; y = q.value; } ` +
          `else { if (typeof p === 'number' && typeof q === 'number') intPair(code, ${fs.region}); ${leave()} } `;
      }
      if (o === '/') code2 += `if (y === 0) ${leave()} `;
      raw.delete(d - 1);
      fs.src.delete(d - 1);
      raw.add(d - 2);
      fs.src.delete(d - 2);
      return code2 + `t${d - 2} = x ${o} y; }`;
    }
  }
  return null;
}

/** The int constant of LOAD_CONST instruction word `w`, or undefined. */
function intConstOf(code: VMCode, w: number): number | undefined {
  if ((w & 0xff) !== Op.LOAD_CONST) return undefined;
  const c = code.co_consts[w >> 8];
  return typeof c === 'number' && Number.isSafeInteger(c) ? c : undefined;
}

/** A BINARY_OP word's int specialisation state: not a float or str form (floatTemps leaves it). */
function intOrGenericBinop(code: VMCode, k: number, nb: number): boolean {
  const w = code.original[k];
  if ((w & 0xff) !== Op.BINARY_OP || w >> 8 !== nb) return false;
  const sp = code.code[k] & 0xff;
  return sp === Op.BINARY_OP || sp === Op.BINARY_OP_INT || sp === Op.BINARY_OP_MULTIPLY_INT || sp === Op.BINARY_OP_ADD_INT || sp === Op.BINARY_OP_SUBTRACT_INT;
}

/** The fusedMulMod pattern starting with the multiplication at `k`, or null. */
function mulModAt(code: VMCode, k: number): { c: number; m: number; tail: number } | null {
  const orig = code.original;
  if (!intOrGenericBinop(code, k, NB.MULTIPLY)) return null;
  let c = 0;
  let at = k + 1;
  const c1 = intConstOf(code, orig[at]);
  if (c1 === undefined) return null;
  if (intOrGenericBinop(code, at + 1, NB.ADD) || intOrGenericBinop(code, at + 1, NB.SUBTRACT)) {
    c = (orig[at + 1] >> 8) === NB.ADD ? c1 : -c1;
    at += 2;
  } else {
    at = k + 1;
  }
  const m = at === k + 1 ? c1 : intConstOf(code, orig[at]);
  if (m === undefined || m < 1 || m > 4294967296 || !intOrGenericBinop(code, at + 1, NB.REMAINDER)) return null;
  return { c, m, tail: at + 1 };
}

/** The CALL forms `call` has a fast path for. */
const SPECIAL_CALLS = new Set<number>([
  Op.CALL_PY_EXACT_ARGS, Op.CALL_PY_WITH_DEFAULTS, Op.CALL_ALLOC_AND_ENTER_INIT, Op.CALL_BUILTIN, Op.CALL_METHOD_DESCRIPTOR,
  Op.CALL_BUILTIN_CLASS, Op.CALL_LIST_APPEND,
]);

/**
 * A float-form BINARY_OP whose operands are both boxed (not float temporaries) found two ints
 * (a site mixing ints and floats, such as a vector class given int coordinates: the
 * interpreter's form computes the int result, vm.ts mixedFloat): the temporaries' code cannot
 * hold an int, so it leaves to the interpreter, which would run the rest of a body from there at
 * every call. Marks the code object (ints at one such site suggest ints at its others) for its
 * float-form sites with two boxed operands to be compiled as the boxed instruction, which takes
 * ints too, and throws the compiled code away (`respecialised`).
 */
function intPair(code: VMCode, head: number): void {
  code.intPairs = true;
  respecialised(code, head);
}

/** At an exit at instruction `k`: the check that calls `respecialised` when `k` is no longer the form compiled. */
function respecCheck(code: VMCode, k: number, head: number): string {
  // (Only for the instructions the interpreter rewrites: the check is code at every exit.)
  if (!SPECIALISING.has(code.original[k] & 0xff)) return '';
  return `if (ops[${k}] !== ${code.code[k]}) respecialised(code, ${head}); `;
}

/** The instruction families the interpreter specialises (rewrites in place). */
const SPECIALISING = new Set<number>([
  Op.LOAD_GLOBAL, Op.LOAD_NAME, Op.STORE_NAME, Op.LOAD_ATTR, Op.STORE_ATTR, Op.LOAD_METHOD, Op.BINARY_OP, Op.COMPARE_OP,
  Op.BINARY_SUBSCR, Op.STORE_SUBSCR, Op.CALL, Op.FOR_ITER, Op.UNPACK_SEQUENCE,
]);

/** The keyword names of CALL `k` as code: the constant of the KW_NAMES before it, or 'null'. */
function kwNamesOf(code: VMCode, k: number): string {
  const prev = k > 0 ? code.original[k - 1] : -1;
  return prev >= 0 && (prev & 0xff) === Op.KW_NAMES ? `c${prev >> 8}.items` : 'null';
}

/** The code of instruction `k` at stack depth `d`. */
function instruction(code: VMCode, k: number, d: number, nlp: number, head: number, end: number, depth: Int32Array, fn: boolean): string {
  const w = code.original[k];
  const op = w & 0xff;
  const arg = w >> 8;
  /** Stack item `i` from the bottom (0-based) as an lvalue/rvalue (a JS local: `place`). */
  const s = (i: number) => `s${i}`;
  const top = (i: number) => s(d - i);
  /** Leave to the interpreter at instruction `at` with stack depth `dd`. */
  const exit = (at = k, dd = d, check = true) => `{ ${check && at === k ? respecCheck(code, k, fn ? -1 : head) : ''}${SPILL(dd)}f.pc = ${at}; f.sp = ${nlp + dd}; return n; }`;
  /** Go to `t` with stack depth `dd`: inside the loop by the switch (counting rounds), else leave. */
  const go = (t: number, dd: number) =>
    t === head ? `{ ${SPILL(dd)}pc$ = ${t}; n++; continue; }` : t > head && t <= end && depth[t - head] >= 0 ? `{ ${SPILL(dd)}pc$ = ${t}; continue; }` : exit(t, dd);
  /** Before a helper that can raise: where the interpreter would be. */
  const at = `${SPILLX(d)}f.pc = ${k + 1}, f.sp = ${nlp + d}, f.lasti = ${k},`;
  /** The same, as a statement. */
  const atStmt = `${SPILL(d)}f.pc = ${k + 1}; f.sp = ${nlp + d}; f.lasti = ${k};`;
  /** The same with the top of the stack popped (a store or POP_TOP that may drop its last reference). */
  const watchedAt = `${SPILL(d - 1)}f.pc = ${k + 1}; f.sp = ${nlp + d - 1}; f.lasti = ${k};`;
  /**
   * Raising the exception `exc` (an expression) here, when the frame has a handler for this
   * instruction (its exception table): the frame is put where the interpreter's raise would
   * have it (pc after the instruction, stack depth `dd`), `raiseTo` unwinds to the handler,
   * and the code goes on there (a label of this code; otherwise the default case leaves at it).
   * Without a handler in the frame, `orElse`: leave, and the interpreter raises it (no JS throw
   * either way). Session 24: before, every exception caught in a loop left to the interpreter
   * at its instruction and came back in at the handler.
   */
  const raiseHere = (exc: string, dd: number, orElse: string) =>
    code.handlerOf[k] >= 0 ? `{ ${SPILL(d)}f.pc = ${k + 1}; f.sp = ${nlp + dd}; f.lasti = ${k}; raiseTo(f, ${exc}); ${RELOAD}pc$ = f.pc; continue; }` :
    // (A body without a handler for it returns RAISED: its caller raises it from here.)
    fn ? `{ ${SPILL(d)}f.pc = ${k + 1}; f.sp = ${nlp + dd}; f.lasti = ${k}; return bodyRaised(${exc}); }` : orElse;
  const name = JSON.stringify(code.co_names[arg] ?? '');
  const spec = code.code[k];
  const specOp = spec & 0xff;
  valueError = raiseHere('r', d, `{ if (ops[${k}] === ${spec}) ${exit(k, d, false)} ${atStmt} throw r; }`);
  calleeRaised = code.handlerOf[k] >= 0 ? `{ raiseFromCall(f); ${RELOAD}pc$ = f.pc; continue; }` : fn ? 'return r;' : 'throw takeBodyRaise();';
  /**
   * The generic LOAD_ATTR / LOAD_METHOD, as the interpreter's generic instruction does it but
   * without specialising (compiled code does not come back to the interpreter for it): the
   * code of a form without a fast path (a site the interpreter had not run when this was
   * compiled is generic here for good).
   */
  const attrGeneric = `${atStmt} ${top(1)} = getAttr(${top(1)}, ${name});`;
  const methodGeneric = `${atStmt} loadMethodAt(code, -1, regs, ${nlp + d}, ${name}); ${s(d - 1)} = regs[${nlp + d - 1}]; ${s(d)} = regs[${nlp + d}];`;
  /**
   * A specialised form's guard failed: while the instruction is still that form, a miss, which
   * leaves to the interpreter (it counts the miss and may respecialise); once the interpreter
   * has rewritten it (deoptimised, or polymorphic), the generic operation.
   */
  /**
   * In a miss's generic path: when the interpreter has made the site polymorphic since this
   * was compiled (more classes than a specialised form's two), the code is thrown away, so
   * that the next compile takes the POLY form's cached lookup instead of the generic one.
   */
  const polyRespec = (polyOp: Op) => `if ((ops[${k}] & 0xff) === ${polyOp}) respecialised(code, ${fn ? -1 : head}); `;
  const attrMiss = `{ if (ops[${k}] === ${spec}) ${exit(k, d, false)} ${polyRespec(Op.LOAD_ATTR_INSTANCE_POLY)}${attrGeneric} }`;
  /**
   * A *_PY site (an operator or subscript dunder of the cached class, vm.ts): when `guard`
   * holds, the dunder's compiled body called directly, its frame filled by `fill` (the
   * operands are left above stack depth `base`, where the interpreter's RETURN_VALUE finds
   * them if the callee goes on there), then `done` with its result `r`; else `generic`.
   */
  const dunderDirect = (guard: string, base: number, fill: string, done: string, generic: string) =>
    `if (ops[${k}] === ${spec} && ${guard}) { const g = cacheVal[${k}], cd = g.code; ` +
    `if (cd !== cacheObj2[${k}] || typeof cd.body !== 'function' || direct.depth >= ${MAX_DIRECT}) ${exit()} ` +
    directCall(k, nlp, base, fn, fill, `${done} }`, d) +
    ` else ${generic}`;
  /** Two instances of the cached class (the reflected dunder is then never first). */
  const sameClassPair = `a instanceof PyObj && a.cls === cacheObj[${k}] && a.cls.version === cacheA[${k}] && b instanceof PyObj && b.cls === a.cls`;
  /** BINARY_OP_PY's guard: sameClassPair, or with cacheI 1 an int or float on the right (specializeBinaryOp). */
  const dunderPair =
    `a instanceof PyObj && a.cls === cacheObj[${k}] && a.cls.version === cacheA[${k}] && ` +
    `(b instanceof PyObj ? b.cls === a.cls || (b.cls === FLOAT && cacheI[${k}] === 1) : (typeof b === 'number' || typeof b === 'bigint') && cacheI[${k}] === 1)`;
  const methodMiss = `{ if (ops[${k}] === ${spec}) ${exit(k, d, false)} ${polyRespec(Op.LOAD_METHOD_POLY)}${methodGeneric} }`;
  switch (op) {
    case Op.NOP:
      return '';
    case Op.POP_TOP:
      // (A dropped object, once the program may need early finalizers: finalized if that was
      // its last reference, early-finalize.ts.)
      return finAt ? `if (${top(1)} instanceof PyObj && ${top(1)} !== None) { ${watchedAt} rebound(${top(1)}); }` : '';
    case Op.RERAISE:
      // (The end of a handler or finally block: the exception again, with no new traceback
      // entry, and with the lasti pushed under it for the frame's when arg > 0.)
      return raiseHere(`reraised(${top(1)}, ${arg > 0 ? top(1 + arg) : -1})`, d - 1, exit());
    case Op.RAISE_VARARGS:
      // (In a loop, compiled only under a handler of the frame: `compiles`.)
      return raiseHere(arg === 2 ? `raised(${top(2)}, ${top(1)})` : `raised(${top(1)}, null)`, d - arg, exit());
    case Op.YIELD_VALUE:
      // Without a sink the loop leaves at the yield, which its caller does (compiledStep,
      // genStep, the interpreter). With one (a native consumer: sum(), any(), list(), ...;
      // generator.ts), the frame is put as after the yield, the sink takes the value, and on 0
      // the loop goes on after the yield with None sent, in the same activation; otherwise the
      // frame stays suspended as the sink left it (or as the consumer's code moved it).
      return (
        `{ const sk = f.csink; if (sk === null) ${exit()} ` +
        `${SPILL(d)}f.pc = ${k + 1}; f.sp = ${nlp + d - 1}; f.lasti = ${k}; if (sk(${top(1)}) !== 0) return n; ${top(1)} = None; }`
      );
    case Op.GET_YIELD_FROM_ITER:
      // (A generator stays; anything else, a coroutine's error included, is the interpreter's.)
      return `if (!(${top(1)} instanceof PyGenerator && ${top(1)}.cls === GENERATOR)) ${exit()}`;
    case Op.POP_ITER:
      // (A temporary generator is closed by the interpreter's.)
      return `if (${top(1)} instanceof PyGenerator) ${exit()}`;
    case Op.PUSH_NULL:
      return `${s(d)} = null;`;
    case Op.COPY:
      return `${s(d)} = ${top(arg)};`;
    case Op.SWAP:
      return `{ const t = ${top(1)}; ${top(1)} = ${top(arg)}; ${top(arg)} = t; }`;
    case Op.LOAD_CONST:
      return `${s(d)} = c${arg};`;
    case Op.LOAD_FAST:
    case Op.LOAD_FAST_CHECK:
      if (bound(arg)) return `${s(d)} = regs[${arg}];`;
      return `{ const v = regs[${arg}]; if (v === undefined) ${exit()} ${s(d)} = v; }`;
    case Op.STORE_FAST:
      // (Once the program may need early finalizers, rebinding a local other than a parameter
      // may drop the old value's last reference: early-finalize.ts, as the interpreter.)
      // (A parameter's only when the caller moved the arguments into the frame: argsHeld.)
      if (!finAt) return `regs[${arg}] = ${top(1)};`;
      return `{ const o = regs[${arg}]; regs[${arg}] = ${top(1)}; if (o instanceof PyObj${arg < paramSlots(code) ? ' && f.caller !== null' : ''}) { ${watchedAt} rebound(o); } }`;
    case Op.DELETE_FAST:
      // (Unbound: the interpreter raises UnboundLocalError. The last reference to a finalizable
      // object is finalized at once, as the interpreter's DELETE_FAST does: early-finalize.ts.)
      return `{ const v = regs[${arg}]; if (v === undefined) ${exit()} regs[${arg}] = undefined; if (v instanceof PyObj) { ${atStmt} droppedByDel(v); } }`;
    case Op.LOAD_DEREF:
      return `{ const v = regs[${arg}].value; if (v === undefined) ${exit()} ${s(d)} = v; }`;
    case Op.STORE_DEREF:
      if (!finAt) return `regs[${arg}].value = ${top(1)};`;
      return `{ const c = regs[${arg}], o = c.value; c.value = ${top(1)}; if (o instanceof PyObj${arg < paramSlots(code) ? ' && f.caller !== null' : ''}) { ${watchedAt} rebound(o); } }`;
    case Op.LOAD_CLOSURE:
      return `${s(d)} = regs[${arg}];`;
    case Op.MAKE_CELL:
      return `regs[${arg}] = newCell(regs[${arg}]);`;
    case Op.COPY_FREE_VARS: {
      const copies: string[] = [];
      for (let i = 0; i < arg; i++) copies.push(`regs[${nlp - arg + i}] = cl[${i}];`);
      return `{ const cl = f.fn.closure; ${copies.join(' ')} }`;
    }
    case Op.RETURN_VALUE:
      return `return ${top(1)};`;
    case Op.PUSH_EXC_INFO:
      // (The exception is made the handled one: sys.exc_info(), __context__ of new ones.)
      return `{ const e = ${top(1)}; ${top(1)} = handled.length > 0 ? handled[handled.length - 1] : None; ${s(d)} = e; handled.push(e); }`;
    case Op.POP_EXCEPT:
      return `handled.pop();`;
    case Op.CHECK_EXC_MATCH:
      return `{ const e = ${top(2)}, c = ${top(1)}; ${top(1)} = c instanceof PyType && e.cls === c ? true : (${at} exceptionMatches(e, c)); }`;
    case Op.JUMP_FORWARD:
    case Op.JUMP_BACKWARD:
      return go(arg, d);
    case Op.POP_JUMP_IF_FALSE:
    case Op.POP_JUMP_IF_TRUE: {
      const cond = op === Op.POP_JUMP_IF_TRUE ? 't' : '!t';
      return `{ const v = ${top(1)}; const t = v === true ? true : v === false ? false : typeof v === 'number' ? v !== 0 : ${TRUTH_INLINE} (${at} isTrue(v)); if (${cond}) ${go(arg, d - 1)} }`;
    }
    case Op.POP_JUMP_IF_NONE:
      return `if (${top(1)} === None) ${go(arg, d - 1)}`;
    case Op.POP_JUMP_IF_NOT_NONE:
      return `if (${top(1)} !== None) ${go(arg, d - 1)}`;
    case Op.JUMP_IF_FALSE_OR_POP:
    case Op.JUMP_IF_TRUE_OR_POP: {
      const cond = op === Op.JUMP_IF_TRUE_OR_POP ? 't' : '!t';
      return `{ const v = ${top(1)}; const t = v === true ? true : v === false ? false : typeof v === 'number' ? v !== 0 : ${TRUTH_INLINE} (${at} isTrue(v)); if (${cond}) ${go(arg, d)} }`;
    }
    case Op.FOR_ITER:
      if (specOp === Op.FOR_ITER_GEN) {
        // (A function's or module's loop that ran a generator to its end lets go of it, once the
        // program may need early finalizers: what only its frame held. early-finalize.ts.)
        const genDrop = finAt && !code.isGenerator && !code.isCoroutine && !code.isAsyncGenerator ? `f.sp = ${nlp + d - 1}; generatorFinished(it); ` : '';
        return (
          `{ const it = ${top(1)}; if (!(it instanceof PyGenerator) || direct.depth >= ${MAX_DIRECT}) ${exit()} ${SPILL(d)}f.pc = ${k + 1}; f.sp = ${nlp + d}; f.lasti = ${k}; ` +
          `const v = genStep(f, it, ${Resume.FOR}, None); if (v === null) ${exit()} if (v === undefined) return ${fn ? 'undefined' : 'n'}; if (v === GEN_END) { ${genDrop}${go(arg, d - 1)} } ${s(d)} = v; }`
        );
      }
      if (specOp === Op.FOR_ITER_NATIVE) {
        return `{ const it = ${top(1)}; if (!(ops[${k}] === ${spec} && it instanceof PyObj && it.cls === cacheObj[${k}])) ${exit()} ${atStmt} const v = cacheVal2[${k}](it); if (v === undefined) ${go(arg, d - 1)} ${s(d)} = v; }`;
      }
      if (specOp === Op.FOR_ITER_PAIR && code.original[k + 1] === word(Op.UNPACK_SEQUENCE, 2)) {
        return (
          `{ const it = ${top(1)}; if (!(ops[${k}] === ${spec} && it instanceof PyObj && it.cls === cacheObj[${k}])) ${exit()} ${atStmt} const pn = cacheVal2[${k}](it); ` +
          `if (pn === 1) { ${s(d)} = pairOut.b; ${s(d + 1)} = pairOut.a; ${go(k + 2, d + 2)} } if (pn !== 2) ${go(arg, d - 1)} ${s(d)} = pairOut.a; }`
        );
      }
      // (A function's or module's loop that ran out lets go of its list or tuple, once the
      // program may need early finalizers: early-finalize.ts seqDropped.)
      return forIter(specOp, top(1), s(d), exit(), go(arg, d - 1), finAt && !code.isGenerator && !code.isCoroutine && !code.isAsyncGenerator ? atStmt : null);
    case Op.SEND:
      // [receiver, v] -> [receiver, yielded], or [result] at the jump target. A VM generator
      // is resumed inline (genStep; its return comes back through the interpreter, which takes
      // the jump); any other receiver through `send`, as the interpreter's SEND does.
      return (
        `{ const rc = ${top(2)}; ${SPILL(d)}f.pc = ${k + 1}; f.sp = ${nlp + d - 1}; f.lasti = ${k}; ` +
        `if (rc instanceof PyGenerator) { if (direct.depth >= ${MAX_DIRECT}) ${exit()} const v = genStep(f, rc, ${Resume.SEND}, ${top(1)}); if (v === null) ${exit()} if (v === undefined) return ${fn ? 'undefined' : 'n'}; if (v === GEN_END) { ${top(2)} = sendValue.value; ${go(arg, d - 1)} } ${top(1)} = v; } ` +
        `else { f.sp = ${nlp + d}; if (send(rc, ${top(1)}) === 1) { ${top(2)} = sendValue.value; ${go(arg, d - 1)} } ${top(1)} = sendValue.value; } }`
      );
    case Op.CONTAINS_OP:
      return (
        `{ const c = ${top(1)}, x = ${top(2)}; let r; ${atStmt} ` +
        `if (c instanceof PySet && (c.cls === SET || c.cls === FROZENSET)) r = setContains(c, x); ` +
        `else if (c instanceof PyDict && c.cls === DICT) r = c.find(x) >= 0; else r = contains(c, x); ${top(2)} = r !== ${arg === 1}; }`
      );
    case Op.UNARY_NOT:
      return `{ const v = ${top(1)}; ${top(1)} = v === true ? false : v === false ? true : typeof v === 'number' ? v === 0 : !(${TRUTH_INLINE} (${at} isTrue(v))); }`;
    case Op.UNARY_NEGATIVE:
      return `{ const v = ${top(1)}; ${top(1)} = typeof v === 'number' && v !== 0 ? -v : (${at} unaryOp(v, 'neg')); }`;
    case Op.STORE_ATTR:
      // (Once the program may need early finalizers: through the protocol, and what the store
      // replaced may die, early-finalize.ts. A property's setter stores by its own code.)
      if (finAt && specOp !== Op.STORE_ATTR_PROPERTY) return `{ ${atStmt} storeAttrWatched(f, ${top(1)}, ${name}, ${top(2)}, ${nlp + d - 2}); }`;
      if (specOp === Op.STORE_ATTR_INSTANCE_VALUE) {
        // sf<k> -> st<k>: the key-sharing layout transition this store last made (a new
        // attribute added to an instance dict), taken again without its lookups.
        siteDecls.push(`sf${k} = undefined`, `st${k} = undefined`);
        return (
          `{ const o = ${top(1)}; let dd = null; ` +
          `if (ops[${k}] === ${spec} && o instanceof PyObj && ((o.cls === cacheObj[${k}] && o.cls.version === cacheA[${k}]) || (o.cls === cacheObj2[${k}] && o.cls.version === cacheA2[${k}]))) dd = o.dict; ` +
          `if (dd === null) { if (ops[${k}] === ${spec}) ${exit(k, d, false)} ${polyRespec(Op.STORE_ATTR_INSTANCE_POLY)}${atStmt} setAttr(o, ${name}, ${top(2)}); } else { const h = cacheI[${k}]; if (dd.keys[h] === ${name}) dd.values[h] = ${top(2)}; ` +
          `else if (dd.shape === sf${k} && !dd.mixedEquality) dd.appendShared(st${k}, ${top(2)}); ` +
          `else { const sh = dd.shape; dd.setStr(${name}, ${top(2)}); if (sh !== null && dd.shape !== null && dd.shape !== sh) { sf${k} = sh; st${k} = dd.shape; } } } }`
        );
      }
      if (specOp === Op.STORE_ATTR_SLOT) {
        return (
          `{ const o = ${top(1)}; if (ops[${k}] === ${spec} && o instanceof PyObj && o.cls === cacheObj[${k}] && o.cls.version === cacheA[${k}]) setSlotAt(o, cacheI[${k}], ${top(2)}); ` +
          `else { if (ops[${k}] === ${spec}) ${exit(k, d, false)} ${atStmt} setAttr(o, ${name}, ${top(2)}); } }`
        );
      }
      if (specOp === Op.STORE_ATTR_PROPERTY) {
        // (The interpreter drops a setter's result: DISCARD_PENDING.)
        return (
          `{ const o = ${top(1)}; ` +
          dunderDirect(`o instanceof PyObj && o.cls === cacheObj[${k}] && o.cls.version === cacheA[${k}]`, d - 2, `nr[0] = o; nr[1] = ${top(2)}; nf.initSelf = DISCARD_PENDING;`, '',
            `{ ${atStmt} setAttr(o, ${name}, ${top(2)}); }`) + ' }'
        );
      }
      if (specOp === Op.STORE_ATTR_INSTANCE_POLY) {
        return (
          `{ const o = ${top(1)}; if (!(ops[${k}] === ${spec} && o instanceof PyObj && polyStore(code, ${k}, o, ${name}, ${top(2)}))) { ` +
          `if (ops[${k}] === ${spec}) ${exit(k, d, false)} ${atStmt} setAttr(o, ${name}, ${top(2)}); } }`
        );
      }
      return `{ ${atStmt} setAttr(${top(1)}, ${name}, ${top(2)}); }`;
    case Op.LOAD_METHOD:
      if (superLoad(code, k)) return '';
      if (specOp === Op.LOAD_METHOD_NO_DICT) {
        return (
          // (type(o) inline for strs and objects: V8's inlining budget for a large loop
          // often leaves typeOf a call.)
          `{ const o = ${top(1)}; const t = typeof o === 'string' ? STR : typeof o === 'object' ? o.cls : typeOf(o); let m; ` +
          `if (ops[${k}] === ${spec} && !(o instanceof PyObj && o.dict !== null)) { if (t === cacheObj[${k}] && t.version === cacheA[${k}]) m = cacheVal[${k}]; else if (t === cacheObj2[${k}] && t.version === cacheA2[${k}]) m = cacheVal2[${k}]; } ` +
          `if (m !== undefined) { ${top(1)} = m; ${s(d)} = o; } else ${methodMiss} }`
        );
      }
      if (specOp === Op.LOAD_METHOD_WITH_DICT) {
        // kv<k>: the key layout (keysVersion) of the last instance dict seen here without the
        // name, so instances with the same attributes skip the lookup.
        siteDecls.push(`kv${k} = -1`);
        return (
          `{ const o = ${top(1)}; let m; if (ops[${k}] === ${spec} && o instanceof PyObj) { const t = o.cls; ` +
          `if (t === cacheObj[${k}] ? t.version === cacheA[${k}] : t === cacheObj2[${k}] && t.version === cacheA2[${k}]) { const dd = o.dict; ` +
          `if (dd === null || (!dd.mixedEquality && (dd.keysVersion === kv${k} || (dd.getStr(${name}) === undefined && (kv${k} = dd.keysVersion) !== -1)))) m = t === cacheObj[${k}] ? cacheVal[${k}] : cacheVal2[${k}]; } } ` +
          `if (m !== undefined) { ${top(1)} = m; ${s(d)} = o; } else ${methodMiss} }`
        );
      }
      if (specOp === Op.LOAD_METHOD_MODULE) {
        return (
          `{ const o = ${top(1)}; if (ops[${k}] === ${spec} && o instanceof PyModule && o.dict.keysVersion === cacheA[${k}]) { ${top(1)} = null; ${s(d)} = o.dict.values[cacheI[${k}]]; } ` +
          `else ${methodMiss} }`
        );
      }
      if (specOp === Op.LOAD_METHOD_CLASS) {
        return (
          `{ const o = ${top(1)}; if (ops[${k}] === ${spec} && o === cacheObj[${k}] && o.version === cacheA[${k}]) { ${top(1)} = null; ${s(d)} = cacheVal[${k}]; } ` +
          `else ${methodMiss} }`
        );
      }
      if (specOp === Op.LOAD_METHOD_WRAPPED) {
        // (As the interpreter's: cacheI 0 a classmethod on its class, 1 on an instance, 2 a staticmethod on an instance.)
        const kind = code.cacheI[k];
        const guard = kind === 0
          ? `o === cacheObj[${k}] && o.version === cacheA[${k}]`
          : `o instanceof PyObj && o.cls === cacheObj[${k}] && o.cls.version === cacheA[${k}] && (o.dict === null || (!o.dict.mixedEquality && o.dict.getStr(${name}) === undefined))`;
        const push = kind === 0 ? `${top(1)} = cacheVal[${k}]; ${s(d)} = o;` : kind === 1 ? `${top(1)} = cacheVal[${k}]; ${s(d)} = o.cls;` : `${top(1)} = null; ${s(d)} = cacheVal[${k}];`;
        return `{ const o = ${top(1)}; if (ops[${k}] === ${spec} && cacheI[${k}] === ${kind} && ${guard}) { ${push} } else ${methodMiss} }`;
      }
      if (specOp === Op.LOAD_METHOD_POLY) {
        return (
          `{ const o = ${top(1)}; let m; if (ops[${k}] === ${spec} && o instanceof PyObj) m = polyMeth(code, ${k}, o, ${name}); ` +
          `if (m !== undefined) { ${top(1)} = m; ${s(d)} = o; } else ${methodMiss} }`
        );
      }
      return `{ ${methodGeneric} }`;
    case Op.KW_NAMES:
      // (The CALL after it takes the names: see kwNamesOf.)
      return '';
    case Op.BEFORE_WITH:
      // mgr -> [bound __exit__, __enter__()] (__enter__ called through the protocol).
      return `{ ${atStmt} const p = beforeWith(${top(1)}, false); ${top(1)} = p[0]; ${s(d)} = p[1]; }`;
    case Op.CALL_FUNCTION_EX: {
      const kw = arg & 1;
      return `{ ${atStmt} ${top(3 + kw)} = callExInline(${top(2 + kw)}, ${top(1 + kw)}, ${kw ? top(1) : 'null'}); }`;
    }
    case Op.CALL:
      if (specOp === Op.CALL_TYPE_1 && arg === 1) {
        // type(x), while the callable is still `type`.
        return `{ if (!(${top(3)} === null && ${top(2)} === TYPE)) ${exit()} ${top(3)} = typeOf(${top(1)}); }`;
      }
      if (specOp === Op.CALL_SUPER_METHOD) {
        // super().name: [NULL, super] -> [method, self] as the interpreter's CALL_SUPER_METHOD,
        // and the LOAD_METHOD after it compiles to nothing (superLoad).
        return (
          `{ if (!(ops[${k}] === ${spec} && ${top(2)} === null && ${top(1)} === SUPER)) ${exit()} ` +
          `const m = superMethod(code, ${k}, regs); if (m === undefined) ${exit()} ${top(2)} = m; ${top(1)} = superSelfNow(); }`
        );
      }
      // (Once the program may need early finalizers: the call's operands die with its return,
      // a temporary generator `next(gen())` among them, early-finalize.ts.)
      const genDropped = (base: number) => (finAt ? `regs[${nlp + base}] = r; f.sp = ${nlp + base + 1}; rebound(g);` : '');
      if (genCall(code, k) && arg === 2) {
        // next(g, default) at a site that has resumed a generator (genCall): [NULL, next, g, d]
        // -> [value]; at the generator's return the interpreter pushes the default, which waits
        // in the result slot (Resume.CALL_DEFAULT; the slot held the NULL, put back when the
        // generator is not resumed here).
        const base = d - 4;
        return (
          `{ const g = ${s(base + 2)}; if (!(${s(base)} === null && ${s(base + 1)} instanceof PyBuiltinFunction && ${s(base + 1)}.fn === NEXT && g instanceof PyGenerator && g.cls === GENERATOR) || direct.depth >= ${MAX_DIRECT}) ${exit()} ` +
          `${SPILL(d)}f.pc = ${k + 1}; f.sp = ${nlp + base}; f.lasti = ${k}; regs[${nlp + base}] = ${s(base)} = ${s(base + 3)}; ` +
          `const r = genStep(f, g, ${Resume.CALL_DEFAULT}, None); if (r === null) { ${s(base)} = null; ${exit()} } if (r === undefined) return ${fn ? 'undefined' : 'n'}; ${s(base)} = r; ${genDropped(base)} }`
        );
      }
      if (genCall(code, k)) {
        // next(g) / g.send(v) at a site that has resumed a generator (genCall): [NULL, next, g]
        // or [send, g, v] -> [value]; the generator's return raises StopIteration in the
        // interpreter (RETURN_VALUE of a frame resumed by a CALL).
        const base = d - 3;
        return (
          `{ const c = ${s(base)}; let g, v; if (c === null) { if (${s(base + 1)} instanceof PyBuiltinFunction && ${s(base + 1)}.fn === NEXT) { g = ${s(base + 2)}; v = None; } } ` +
          `else if (c === GENSEND) { g = ${s(base + 1)}; v = ${s(base + 2)}; } ` +
          `if (!(g instanceof PyGenerator && g.cls === GENERATOR) || direct.depth >= ${MAX_DIRECT}) ${exit()} ${SPILL(d)}f.pc = ${k + 1}; f.sp = ${nlp + base}; f.lasti = ${k}; ` +
          `const r = genStep(f, g, ${Resume.CALL}, v); if (r === null) ${exit()} if (r === undefined) return ${fn ? 'undefined' : 'n'}; ${s(base)} = r; ${genDropped(base)} }`
        );
      }
      {
        // A call through the protocol (callInline): with keywords, when the interpreter had not
        // specialised the instruction, or (below) when it no longer has the form compiled here.
        const base = d - arg - 2;
        const kwn = kwNamesOf(code, k);
        const inline = `${atStmt} ${s(base)} = callInline(regs, ${nlp + base}, ${arg}, ${kwn});`;
        if (kwn !== 'null' || pyGeneric(code, k)) return kwCall(k, d, base, arg, kwn, s, atStmt, nlp, fn);
        if (genMake(code, k)) {
          const put: string[] = [];
          for (let i = 0; i < arg; i++) put.push(`nr[${i}] = ${s(base + 2 + i)};`);
          return (
            `{ const g = ${s(base + 1)}; let cd; if (${s(base)} === null && g instanceof PyFunction && (cd = g.code).genArgs === ${arg}) ` +
            `{ const nr = newRegs(cd.frameSize); ${put.join(' ')} ${s(base)} = newGenerator(cd, g, nr); } else { ${inline} } }`
          );
        }
        if (arg === 1 && specOp === Op.CALL) {
          // next(it) of a built-in iterator (next is never specialised): its item, or at the end
          // a leave to the interpreter, which raises StopIteration without a JS throw.
          return (
            `{ const c1 = ${s(base + 1)}, it = ${s(base + 2)}; let t; if (${s(base)} === null && c1 instanceof PyBuiltinFunction && c1.fn === NEXT && stickyIterType(t = typeOf(it))) ` +
            `{ const r = t.slots.iternext(it); if (r === undefined) ${exit()} ${s(base)} = r; } ` +
            // (next(g) of an exhausted generator: left to the interpreter, which raises StopIteration without a throw.)
            `else if (${s(base)} === null && c1 instanceof PyBuiltinFunction && c1.fn === NEXT && it instanceof PyGenerator && it.finished) ${exit()} else { ${inline} } }`
          );
        }
        if (!SPECIAL_CALLS.has(specOp) || (specOp === Op.CALL_LIST_APPEND && arg !== 1)) return `{ ${inline} }`;
        // (A Python call's guard failing still leaves: the fallback's code in every direct call
        // cost fib.py ~5%.)
        if (specOp === Op.CALL_PY_EXACT_ARGS || specOp === Op.CALL_PY_WITH_DEFAULTS) {
          // A site that called a function making functions (a factory, a decorator) when the
          // interpreter specialised it calls through the protocol: the factory's compiled body
          // runs from `invoke`, where V8 does not inline it into this code (a factory called now
          // and then from a hot loop took the inlining budget of the loop's hot calls otherwise).
          const seen = code.cacheObj[k];
          if (seen !== null && (seen as VMCode).makesFunctions === true) return `{ ${inline} }`;
        }
        if (specOp === Op.CALL_PY_EXACT_ARGS || specOp === Op.CALL_PY_WITH_DEFAULTS || specOp === Op.CALL_ALLOC_AND_ENTER_INIT) return call(k, d, arg, specOp, spec, s, exit(), atStmt, nlp, fn);
        // A builtin's soft raise (native.ts softRaise): to a handler of the frame, or out of a
        // body; in a loop without one, left to the interpreter at the call, which raises it
        // (when the instruction is still the form compiled; else thrown: calling again, as the
        // generic path would, repeats the call's side effects).
        const soft = raiseHere('takeSoftRaise()', d, `{ if (ops[${k}] === ${spec}) ${exit(k, d, false)} ${atStmt} throw takeSoftRaise(); }`);
        return `L${k}: ${call(k, d, arg, specOp, spec, s, `{ if (ops[${k}] === ${spec}) ${exit(k, d, false)} ${inline} break L${k}; }`, atStmt, nlp, fn, soft)}`;
      }
    case Op.GET_ITER:
      return `{ ${atStmt} ${top(1)} = iterFor(${top(1)}, ${arg}); }`;
    case Op.FORMAT_VALUE:
      if (arg & 4) return `{ ${atStmt} ${top(2)} = formatValue(${top(2)}, ${arg & 11}, ${top(1)}); }`;
      return `{ const v = ${top(1)}; if (typeof v !== 'string' || ${arg & 3} !== 0) { ${atStmt} ${top(1)} = formatValue(v, ${arg & 11}, null); } }`;
    case Op.BUILD_STRING: {
      const parts: string[] = [];
      for (let i = arg; i >= 1; i--) parts.push(top(i));
      return `${s(d - arg)} = flatStr(${parts.length > 0 ? parts.join(' + ') : "''"});`;
    }
    case Op.BUILD_SLICE: {
      const build = arg === 3 ? `${top(3)} = newSlice(${top(3)}, ${top(2)}, ${top(1)});` : `${top(2)} = newSlice(${top(2)}, ${top(1)}, None);`;
      if (!fusedSlices.has(k)) return build;
      // o[a:b(:c)]: the subscript's depth is d - arg + 1 (the container, the slice); it raises there.
      // Otherwise the slice is built, and an exact str, list or tuple is subscripted through
      // its getitem, anything else leaves at the subscript (the key is a slice object: the
      // subscript's int paths cannot apply).
      const ds = d - arg + 1;
      const c = arg === 3 ? top(1) : 'None';
      const at2 = `${SPILL(d)}f.pc = ${k + 2}; f.sp = ${nlp + ds}; f.lasti = ${k + 1};`;
      return (
        `{ const o = ${top(arg + 1)}, a = ${top(arg)}, b = ${top(arg - 1)}, c = ${c}; ` +
        `if ((a === None || typeof a === 'number') && (b === None || typeof b === 'number') && (c === None || typeof c === 'number') && (typeof o === 'string' || (o instanceof PyList && o.cls === LIST) || (o instanceof PyTuple && o.cls === TUPLE))) ` +
        `{ ${at2} ${top(arg + 1)} = typeof o === 'string' ? strSlice(o, a, b, c) : seqSlice(o, a, b, c); } ` +
        `else { const sl = ${top(arg)} = newSlice(a, b, c); ` +
        `if (typeof o === 'string' || (o instanceof PyList && o.cls === LIST) || (o instanceof PyTuple && o.cls === TUPLE)) { ${at2} ${top(arg + 1)} = getItem(o, sl); } ` +
        `else ${exit(k + 1, ds)} } }`
      );
    }
    case Op.BINARY_OP:
      if (specOp === Op.BINARY_OP_PY) {
        // (NotImplemented from the left operand's dunder: for one class, a TypeError.)
        return (
          `{ const b = ${top(1)}, a = ${top(2)}; ` +
          dunderDirect(dunderPair, d - 2, 'nr[0] = a; nr[1] = b; nf.initSelf = NotImplemented;',
            `if (r === NotImplemented) { ${atStmt} throw binopUnsupported(${arg}, a, b); } ${top(2)} = r;`,
            binaryOp(arg, Op.BINARY_OP, top(2), top(1), exit(), atStmt)) + ' }'
        );
      }
      {
        const plain = binaryOp(arg, specOp, top(2), top(1), exit(), atStmt, raiseHere(`zeroDivisionOf(${arg})`, d, exit()));
        const fused = fusedMulMod.get(k);
        if (fused !== undefined) {
          siteDecls.push(`fm${k} = false`);
          fusedTails.set(fused.tail, k);
          if (fused.tail - k === 4) fusedTails.set(k + 2, k);
          return (
            `if (typeof ${top(2)} === 'number' && typeof ${top(1)} === 'number' && !Number.isSafeInteger(${top(2)} * ${top(1)})) ` +
            `{ ${top(2)} = mulAddMod(${top(2)}, ${top(1)}, ${fused.c}, ${fused.m}); fm${k} = true; } else ${plain}`
          );
        }
        const from = fusedTails.get(k);
        if (from !== undefined) {
          const last = fusedMulMod.get(from)!.tail === k;
          return `if (fm${from}) { ${last ? `fm${from} = false; ` : ''}} else ${plain}`;
        }
        return plain;
      }
    case Op.COMPARE_OP:
      if (specOp === Op.COMPARE_OP_PY) {
        // (NotImplemented: the reflected dunder, then identity for == and !=.)
        return (
          `{ const b = ${top(1)}, a = ${top(2)}; ` +
          dunderDirect(sameClassPair, d - 2, 'nr[0] = a; nr[1] = b; nf.initSelf = COMPARE_PENDING;',
            `if (r === NotImplemented) { ${atStmt} r = richCompareRest(a, b, ${arg}); } ${top(2)} = r;`,
            compareOp(arg, Op.COMPARE_OP, top(2), top(1), atStmt)) + ' }'
        );
      }
      return compareOp(arg, specOp, top(2), top(1), atStmt);
    case Op.IS_OP:
      return `${top(2)} = (${top(2)} === ${top(1)}) !== ${arg === 1};`;
    case Op.BINARY_SUBSCR:
      if (fusedSlices.has(k - 1)) return '';
      if (specOp === Op.BINARY_SUBSCR_PY) {
        return (
          `{ const o = ${top(2)}; ` +
          dunderDirect(`o instanceof PyObj && o.cls === cacheObj[${k}] && o.cls.version === cacheA[${k}]`, d - 2, `nr[0] = o; nr[1] = ${top(1)};`, `${top(2)} = r;`,
            `{ ${atStmt} ${top(2)} = getItem(o, ${top(1)}); }`) + ' }'
        );
      }
      if (specOp === Op.BINARY_SUBSCR_DICT) {
        // (A missing key leaves: the interpreter raises KeyError without a JS throw, which
        // costs V8 microseconds.)
        return (
          `{ const k = ${top(1)}, o = ${top(2)}; let v; if (o instanceof PyDict && o.cls === DICT) { v = typeof k === 'string' ? o.getStr(k) : (${at} o.get(k)); if (v === undefined) ${raiseHere('keyError(k)', d, exit())} } ` +
          `else { ${atStmt} v = getItem(o, k); } ${top(2)} = v; }`
        );
      }
      {
        // Inline rather than a helper: V8's budget for inlining calls into one function is
        // better spent on the float allocations of arithmetic (newFloat).
        const kinds = specOp === Op.BINARY_SUBSCR_LIST_INT ? 'o instanceof PyList && o.cls === LIST' :
          specOp === Op.BINARY_SUBSCR_TUPLE_INT ? 'o instanceof PyTuple && o.cls === TUPLE' :
          '((o instanceof PyList && o.cls === LIST) || (o instanceof PyTuple && o.cls === TUPLE))';
        // Anything else (an exact str with any key, a slice, another container) through getItem.
        // An index out of range of the specialised form's list or tuple leaves: the interpreter
        // raises IndexError without a JS throw (~1.5 us in V8), as for a dict's missing key.
        const outOfRange = specOp === Op.BINARY_SUBSCR_LIST_INT || specOp === Op.BINARY_SUBSCR_TUPLE_INT ? ` else if (ops[${k}] === ${spec}) ${raiseHere('indexError(o)', d, exit(k, d, false))}` : '';
        return (
          `{ const o = ${top(2)}, k = ${top(1)}; let v; if (typeof k === 'number' && ${kinds}) { const items = o.items; const j = k < 0 ? k + items.length : k; if (j >= 0 && j < items.length) v = items[j];${outOfRange} } ` +
          `if (v === undefined) { ${atStmt} v = getItem(o, k); } ${top(2)} = v; }`
        );
      }
    case Op.LIST_EXTEND:
      // (List displays of three or more constants: BUILD_LIST 0, LOAD_CONST tuple, LIST_EXTEND.)
      return `{ ${atStmt} listExtend(${top(arg + 1)}, ${top(1)}); }`;
    case Op.SET_UPDATE:
      return `{ ${atStmt} setUpdate(${top(arg + 1)}, ${top(1)}); }`;
    case Op.LIST_TO_TUPLE:
      return `${top(1)} = newTuple(${top(1)}.items);`;
    case Op.STORE_SUBSCR:
      if (finAt && specOp !== Op.STORE_SUBSCR_PY) return `{ ${atStmt} storeItemWatched(f, ${top(2)}, ${top(1)}, ${top(3)}, ${nlp + d - 3}); }`;
      if (specOp === Op.STORE_SUBSCR_PY) {
        // (The interpreter drops a __setitem__'s result: DISCARD_PENDING.)
        return (
          `{ const o = ${top(2)}; ` +
          dunderDirect(`o instanceof PyObj && o.cls === cacheObj[${k}] && o.cls.version === cacheA[${k}]`, d - 3, `nr[0] = o; nr[1] = ${top(1)}; nr[2] = ${top(3)}; nf.initSelf = DISCARD_PENDING;`, '',
            `{ ${atStmt} setItem(o, ${top(1)}, ${top(3)}); }`) + ' }'
        );
      }
      if (specOp === Op.STORE_SUBSCR_DICT) {
        return `{ const k = ${top(1)}, o = ${top(2)}; if (!(o instanceof PyDict && o.cls === DICT)) { ${atStmt} setItem(o, k, ${top(3)}); } else if (typeof k === 'string') o.setStr(k, ${top(3)}); else { ${atStmt} o.set(k, ${top(3)}); } }`;
      }
      return (
        `{ const o = ${top(2)}, k = ${top(1)}; let ok = false; if (typeof k === 'number' && o instanceof PyList && o.cls === LIST) { const items = o.items; const j = k < 0 ? k + items.length : k; ` +
        `if (j >= 0 && j < items.length) { items[j] = ${top(3)}; ok = true; } } if (!ok) { ${atStmt} setItem(o, k, ${top(3)}); } }`
      );
    case Op.DELETE_SUBSCR:
      // del l[i] on an exact list inline; anything else through the protocol (__delitem__). The
      // removed value may have been the last reference (early-finalize.ts, as the interpreter).
      return (
        `{ const o = ${top(2)}, k = ${top(1)}; let ok = false; if (typeof k === 'number' && o instanceof PyList && o.cls === LIST) { const items = o.items; const j = k < 0 ? k + items.length : k; ` +
        `if (j >= 0 && j < items.length) { const old = items[j]; if (j === 0) items.shift(); else items.splice(j, 1); ok = true; if (old instanceof PyObj) { ${atStmt} droppedByDel(old); } } } ` +
        `if (!ok) { ${atStmt} const old = peekItem(o, k); ` +
        // (A missing str or int key of an exact dict: left to the interpreter, which raises the KeyError without a throw.)
        `if (old === undefined && o instanceof PyDict && o.cls === DICT && (typeof k === 'string' || typeof k === 'number')) ${exit()} ` +
        `setItem(o, k, null); droppedByDel(old); } }`
      );
    case Op.LIST_APPEND:
      return `${top(1 + arg)}.items.push(${top(1)});`;
    case Op.SET_ADD:
      return `{ ${at} setAdd(${top(1 + arg)}, ${top(1)}); }`;
    case Op.MAP_ADD:
      return `{ ${at} ${top(2 + arg)}.set(${top(2)}, ${top(1)}); }`;
    case Op.BUILD_TUPLE:
    case Op.BUILD_LIST: {
      const items: string[] = [];
      for (let i = arg; i >= 1; i--) items.push(top(i));
      return `${s(d - arg)} = new ${op === Op.BUILD_TUPLE ? 'TupleF' : 'ListF'}([${items.join(', ')}]);`;
    }
    case Op.UNPACK_SEQUENCE: {
      const pushes: string[] = [];
      for (let i = 0; i < arg; i++) pushes.push(`${s(d - 1 + i)} = items[${arg - 1 - i}];`);
      return (
        `{ const v = ${top(1)}; if (((v instanceof PyTuple && v.cls === TUPLE) || (v instanceof PyList && v.cls === LIST)) && v.items.length === ${arg}) { ` +
        `const items = v.items; ${pushes.join(' ')} } else { ${atStmt} const items = unpackSequence(v, ${arg}); ${pushes.join(' ')} } }`
      );
    }
    case Op.LOAD_GLOBAL: {
      const push = arg & 1 ? `${s(d)} = null; ${s(d + 1)}` : s(d);
      if (specOp === Op.LOAD_GLOBAL_MODULE) {
        return `if (ops[${k}] === ${spec} && f.globals.keysVersion === cacheA[${k}]) { ${push} = f.globals.values[cacheI[${k}]]; } else ${exit()}`;
      }
      if (specOp === Op.LOAD_GLOBAL_BUILTIN) {
        return `if (ops[${k}] === ${spec} && f.globals.keysVersion === cacheA[${k}] && f.builtins.keysVersion === cacheB[${k}]) { ${push} = f.builtins.values[cacheI[${k}]]; } else ${exit()}`;
      }
      // Generic (a site not run when this was compiled, or one that did not specialise): the
      // name in the globals, then the builtins, both exact dicts (a dict subclass's own lookup,
      // and a missing name's NameError, are the interpreter's).
      const gname = JSON.stringify(code.co_names[arg >> 1] ?? '');
      return (
        `{ const g = f.globals, b = f.builtins; let v; if (g.cls === DICT && b instanceof PyDict && b.cls === DICT && !g.mixedEquality && !b.mixedEquality) { v = g.getStr(${gname}); if (v === undefined) v = b.getStr(${gname}); } ` +
        `if (v !== undefined) { ${push} = v; } else ${exit()} }`
      );
    }
    case Op.LOAD_NAME: {
      if (specOp === Op.LOAD_NAME_MODULE) {
        return `if (ops[${k}] === ${spec} && f.locals === f.globals && f.globals.keysVersion === cacheA[${k}]) { ${s(d)} = f.globals.values[cacheI[${k}]]; } else ${exit()}`;
      }
      if (specOp === Op.LOAD_NAME_BUILTIN) {
        return `if (ops[${k}] === ${spec} && f.locals === f.globals && f.globals.keysVersion === cacheA[${k}] && f.builtins.keysVersion === cacheB[${k}]) { ${s(d)} = f.builtins.values[cacheI[${k}]]; } else ${exit()}`;
      }
      return exit();
    }
    case Op.STORE_GLOBAL:
      // The globals dict's key layout (keysVersion) and the name's entry index there, as the
      // store last found them: while the layout stays, a rebinding writes the entry (as
      // STORE_NAME_MODULE does); else the dict's own store, which may add the key.
      siteDecls.push(`gk${k} = -1`, `gi${k} = 0`);
      // (Once the program may need early finalizers, the store looks at what the rebinding
      // dropped, early-finalize.ts: with the stack below the value written back, which that
      // look walks.)
      return (
        `{ const g = f.globals; let o; if (g.keysVersion === gk${k}) { o = g.values[gi${k}]; g.values[gi${k}] = ${top(1)}; } ` +
        `else { ${atStmt} ${finAt ? `o = g.getStr(${name}); ` : ''}g.setStr(${name}, ${top(1)}); const ix = g.fast.get(${name}); if (ix !== undefined && !g.mixedEquality) { gk${k} = g.keysVersion; gi${k} = ix; } } ` +
        (finAt ? `if (o instanceof PyObj && o !== None) { ${watchedAt} rebound(o); } }` : '}')
      );
    case Op.STORE_NAME:
      if (specOp === Op.STORE_NAME_MODULE) {
        return (
          `if (ops[${k}] === ${spec} && f.locals === f.globals && f.globals.keysVersion === cacheA[${k}]) { ` +
          `const vs = f.globals.values, o = vs[cacheI[${k}]]; vs[cacheI[${k}]] = ${top(1)}; ${finAt ? `if (o instanceof PyObj && o !== None) { ${watchedAt} rebound(o); } ` : ''}} else ${exit()}`
        );
      }
      return exit();
    case Op.LOAD_ATTR:
      if (specOp === Op.LOAD_ATTR_MODULE) {
        return `{ const o = ${top(1)}; if (ops[${k}] === ${spec} && o instanceof PyModule && o.dict.keysVersion === cacheA[${k}]) ${top(1)} = o.dict.values[cacheI[${k}]]; else ${attrMiss} }`;
      }
      if (specOp === Op.LOAD_ATTR_CLASS) {
        return `{ const o = ${top(1)}; if (ops[${k}] === ${spec} && o === cacheObj[${k}] && o.version === cacheA[${k}]) ${top(1)} = cacheVal[${k}]; else ${attrMiss} }`;
      }
      if (specOp === Op.LOAD_ATTR_NONDESCRIPTOR || specOp === Op.LOAD_ATTR_BOUND) {
        // (The instance dict's keys version once seen without the name: no lookup while it stays.)
        siteDecls.push(`kv${k} = -1`);
        const value = specOp === Op.LOAD_ATTR_BOUND ? `cacheObj2[${k}](cacheVal[${k}], o, o.cls)` : `cacheVal[${k}]`;
        return (
          `{ const o = ${top(1)}; if (ops[${k}] === ${spec} && o instanceof PyObj && o.cls === cacheObj[${k}] && o.cls.version === cacheA[${k}] && (o.dict === null || (!o.dict.mixedEquality && (o.dict.keysVersion === kv${k} || (o.dict.getStr(${name}) === undefined && (kv${k} = o.dict.keysVersion) !== -1))))) ` +
          `${top(1)} = ${value}; else ${attrMiss} }`
        );
      }
      if (specOp === Op.LOAD_ATTR_PROPERTY) {
        // The getter called directly (see `call`); its result replaces o.
        return (
          `{ const o = ${top(1)}; if (!(ops[${k}] === ${spec} && o instanceof PyObj && o.cls === cacheObj[${k}] && o.cls.version === cacheA[${k}])) ${attrMiss} else { ` +
          `const g = cacheVal[${k}], cd = g.code; if (cd !== cacheObj2[${k}] || typeof cd.body !== 'function' || direct.depth >= ${MAX_DIRECT}) ${exit()} ` +
          directCall(k, nlp, d - 1, fn, 'nr[0] = o;', `${top(1)} = r; } }`)
        );
      }
      if (specOp === Op.LOAD_ATTR_SLOT_GETSET) {
        // A data descriptor of the type (`obj.__class__`, a getset or member of a builtin type):
        // its getter called directly, as the interpreter's instruction does.
        return (
          `{ const o = ${top(1)}; if (ops[${k}] === ${spec} && o instanceof PyObj && o.cls === cacheObj[${k}] && o.cls.version === cacheA[${k}]) { ` +
          `const dv = cacheVal[${k}]; ${atStmt} ${top(1)} = dv.cls.slots.descrGet(dv, o, o.cls); } else ${attrMiss} }`
        );
      }
      if (specOp === Op.LOAD_ATTR_SLOT) {
        return (
          `{ const o = ${top(1)}; let v; if (ops[${k}] === ${spec} && o instanceof PyObj && o.cls === cacheObj[${k}] && o.cls.version === cacheA[${k}]) v = slotAt(o, cacheI[${k}]); ` +
          `if (v !== undefined) ${top(1)} = v; else ${attrMiss} }`
        );
      }
      if (specOp === Op.LOAD_ATTR_INSTANCE_VALUE) {
        return (
          `{ const o = ${top(1)}; let v; ` +
          `if (ops[${k}] === ${spec} && o instanceof PyObj && ((o.cls === cacheObj[${k}] && o.cls.version === cacheA[${k}]) || (o.cls === cacheObj2[${k}] && o.cls.version === cacheA2[${k}]))) { ` +
          `const dd = o.dict; const h = cacheI[${k}]; if (dd !== null && dd.keys[h] === ${name}) v = dd.values[h]; } ` +
          `if (v !== undefined) ${top(1)} = v; else ${attrMiss} }`
        );
      }
      if (specOp === Op.LOAD_ATTR_INSTANCE_POLY) {
        return (
          `{ const o = ${top(1)}; let v; if (ops[${k}] === ${spec} && o instanceof PyObj) v = polyAttr(code, ${k}, o, ${name}); ` +
          `if (v !== undefined) ${top(1)} = v; else ${attrMiss} }`
        );
      }
      // (The generic form: a plain miss, raised softly, is dropped and left to the interpreter,
      // which looks again and raises it without a throw. Not in attrMiss: the longer code
      // there cost the specialised forms' sites ~10%.)
      return `{ ${atStmt} const v = loadAttrOrSoft(${top(1)}, ${name}); if (v === undefined) ${raiseHere('takeSoftRaise()', d, `{ softRaise.exc = null; ${exit()} }`)} ${top(1)} = v; }`;
  }
  // (MAKE_FUNCTION is one of them too, compiled in loops only: see `compiles`.)
  if (INLINE_SLOW_OPS.has(op) || op === Op.MAKE_FUNCTION) {
    // (It takes its operands from the registers and leaves its results there.)
    let reload = '';
    for (let i = 0; i < d + OPS[op].effect(arg); i++) reload += `${s(i)} = regs[${nlp + i}]; `;
    return `{ ${atStmt} slowOp(f, ${w}); ${reload}}`;
  }
  return exit();
}

/**
 * CALL `nargs` of a builtin function, a builtin type's method, list.append or a builtin class
 * (the forms the instruction has specialised to); calls of Python functions are left to the
 * interpreter, which pushes their frames.
 */
function call(k: number, d: number, nargs: number, specOp: number, spec: number, s: (i: number) => string, exit: string, at: string, nlp: number, fn: boolean, soft = exit): string {
  const base = d - nargs - 2;
  const args = (from: number, n: number) => {
    const a: string[] = [];
    for (let i = 0; i < n; i++) a.push(s(from + i));
    return `[${a.join(', ')}]`;
  };
  // (A native call's result: once the program may need early finalizers, the operands die with
  // the call, a temporary among them perhaps needing its finalizer now: early-finalize.ts.)
  const done = (r: string) => `${s(base)} = ${r};${finAt ? ` regs[${nlp + base}] = ${s(base)}; callArgsDropped(f, ${nlp + base}, ${nlp + d});` : ''}`;
  switch (specOp) {
    case Op.CALL_PY_EXACT_ARGS:
    case Op.CALL_PY_WITH_DEFAULTS: {
      // A Python function with a compiled body, called directly (its frame pushed and popped
      // here, as the interpreter's CALL_PY_EXACT_ARGS does), at most MAX_DIRECT deep on the JS
      // stack; anything else is left to the interpreter. When the callee's body leaves, this
      // code leaves too (f.pc after the call, f.sp below its operands: where the callee's
      // return comes back) and the interpreter goes on in the callee (interp().frame).
      const copy = (from: number, cnt: number, to = 0) => {
        let c = '';
        for (let i = 0; i < cnt; i++) c += `nr[${i + to}] = ${s(from + i)}; `;
        return c;
      };
      // A bound method in the callable's place (a classmethod, `m = obj.meth; m(x)`): its
      // function is called with its self first (bs), as the interpreter's instruction does.
      const fill = `if (bs !== null) { nr[0] = bs; ${copy(base + 2, nargs, 1)}} else if (self === 1) { ${copy(base + 1, nargs + 1)}} else { ${copy(base + 2, nargs)}}`;
      return (
        `{ let g = ${s(base)}, self = 1, bs = null; if (g === null) { g = ${s(base + 1)}; self = 0; } ` +
        `let cd = g instanceof PyFunction ? g.code : null; ` +
        `if (cd === null && self === 0 && g instanceof PyMethod && g.func instanceof PyFunction) { bs = g.self; g = g.func; self = 1; cd = g.code; } ` +
        (specOp === Op.CALL_PY_EXACT_ARGS
          ? `if (cd === null || cd.simpleArgs !== true || cd.co_argcount !== ${nargs} + self || typeof cd.body !== 'function' || direct.depth >= ${MAX_DIRECT}) ${exit} ` +
            directCall(k, nlp, base, fn, fill, `${s(base)} = r; }`)
          : `const argc = cd === null ? -1 : cd.co_argcount, have = ${nargs} + self, defs = argc < 0 ? null : g.defaults; ` +
            `if (cd === null || cd.simpleArgs !== true || have > argc || (have < argc && (defs === null || have + defs.length < argc)) || typeof cd.body !== 'function' || direct.depth >= ${MAX_DIRECT}) ${exit} ` +
            directCall(k, nlp, base, fn, `${fill} for (let j = have; j < argc; j++) nr[j] = defs[defs.length - argc + j];`, `${s(base)} = r; }`))
      );
    }
    case Op.CALL_ALLOC_AND_ENTER_INIT: {
      // Cls(args) of the class the instruction cached: a new instance and its __init__ frame
      // (the instance is the result; __init__ must return None).
      let fill = `nr[0] = obj; nf.initSelf = obj; `;
      for (let i = 0; i < nargs; i++) fill += `nr[${i + 1}] = ${s(base + 2 + i)}; `;
      fill += `for (let j = ${nargs + 1}; j < argc; j++) nr[j] = defs[defs.length - argc + j]; `;
      return (
        `{ const c = ${s(base + 1)}; if (!(ops[${k}] === ${spec} && ${s(base)} === null && c === cacheObj[${k}] && c.version === cacheA[${k}] && c.cls === TYPE)) ${exit} ` +
        `const g = cacheVal[${k}], cd = g.code, argc = cd.co_argcount, defs = g.defaults; ` +
        `if (typeof cd.body !== 'function' || (argc !== ${nargs + 1} && (argc < ${nargs + 1} || defs === null || ${nargs + 1} + defs.length < argc)) || direct.depth >= ${MAX_DIRECT}) ${exit} ` +
        `const obj = c.alloc(c); if (cacheB[${k}] === 1) obj.args = new TupleF([${Array.from({ length: nargs }, (_, i) => s(base + 2 + i)).join(', ')}]); ` +
        directCall(k, nlp, base, fn, fill, `if (r !== None) initNotNone(r); ${s(base)} = obj; }`)
      );
    }
    case Op.CALL_BUILTIN:
      return (
        `{ const c = ${s(base)}; let r; ${at} ` +
        `if (c === null) { const g = ${s(base + 1)}; if (!(g instanceof PyBuiltinFunction)) ${exit} ` +
        // (f1's undefined, a soft raise: `soft`.)
        (nargs === 1 ? `r = g.f1 !== null ? g.f1(${s(base + 2)}) : g.fn(${args(base + 2, 1)}, null); if (r === undefined) ${soft} } ` :
          nargs === 2 ? `r = g.f2 !== null ? g.f2(${s(base + 2)}, ${s(base + 3)}) : g.fn(${args(base + 2, 2)}, null); if (r === undefined) ${soft} } ` : `r = g.fn(${args(base + 2, nargs)}, null); } `) +
        `else { if (!(c instanceof PyBuiltinFunction)) ${exit} r = c.fn(${args(base + 1, nargs + 1)}, null); } ${done('r')} }`
      );
    case Op.CALL_METHOD_DESCRIPTOR:
    {
      // (Without the argument array when the method has an entry for the call: f0, f1, f2.)
      const callIt = nargs === 0 ? `c.f0 !== null ? c.f0(${s(base + 1)}) : c.fn(${s(base + 1)}, [], null)` :
        nargs === 1 ? `c.f1 !== null ? c.f1(${s(base + 1)}, ${s(base + 2)}) : c.fn(${s(base + 1)}, ${args(base + 2, 1)}, null)` :
        nargs === 2 ? `c.f2 !== null ? c.f2(${s(base + 1)}, ${s(base + 2)}, ${s(base + 3)}) : c.fn(${s(base + 1)}, ${args(base + 2, 2)}, null)` :
        `c.fn(${s(base + 1)}, ${args(base + 2, nargs)}, null)`;
      if (nargs !== 1) return `{ const c = ${s(base)}; if (!(ops[${k}] === ${spec} && c !== null && c === cacheObj[${k}])) ${exit} ${at} ${done(callIt)} }`;
      // (f1's undefined, a soft raise: `soft`.)
      return `{ const c = ${s(base)}; if (!(ops[${k}] === ${spec} && c !== null && c === cacheObj[${k}])) ${exit} ${at} const r = ${callIt}; if (r === undefined) ${soft} ${done('r')} }`;
    }
    case Op.CALL_LIST_APPEND:
      if (nargs !== 1) return exit;
      return `{ const c = ${s(base)}, l = ${s(base + 1)}; if (!(ops[${k}] === ${spec} && c !== null && c === cacheObj[${k}] && l instanceof PyList && l.cls === LIST)) ${exit} l.items.push(${s(base + 2)}); ${s(base)} = None; }`;
    case Op.CALL_BUILTIN_CLASS:
      return (
        `{ const c = ${s(base)}; let r; if (ops[${k}] !== ${spec}) ${exit} ${at} ` +
        `if (c === null) { const g = ${s(base + 1)}; if (!(g === cacheObj[${k}] && g.version === cacheA[${k}])) ${exit} ` +
        // (int(s) / float(s) of an unreadable str: the ValueError raised to a handler of the
        // frame (`raiseHere`), or left to the interpreter, which raises it; no JS throw.)
        (nargs === 1 ? `if (typeof ${s(base + 2)} === 'string') { r = numberFromStrOrError(g, ${s(base + 2)}); if (r instanceof PyBaseException) ${valueError} } if (r === undefined) ` : '') +
        `r = typeCall(g, ${args(base + 2, nargs)}, null); } ` +
        `else { if (!(c === cacheObj[${k}] && c.version === cacheA[${k}])) ${exit} r = typeCall(c, ${args(base + 1, nargs + 1)}, null); } ${done('r')} }`
      );
  }
  return exit;
}

/** FOR_ITER over the iterator kind the instruction has specialised to (range, list, tuple). */
function forIter(specOp: number, iter: string, push: string, exit: string, done: string, dropAt: string | null): string {
  switch (specOp) {
    case Op.FOR_ITER_RANGE:
    case Op.FOR_ITER_RANGE_STORE:
      return `{ const it = ${iter}; if (!(it instanceof PyRangeIter)) ${exit} if (it.len > 0) { const r = it.cur; it.cur = r + it.step; it.len--; ${push} = r; } else ${done} }`;
    case Op.FOR_ITER_LIST:
    case Op.FOR_ITER_LIST_STORE:
      return `{ const it = ${iter}; if (!(it instanceof PyListIter)) ${exit} const l = it.seq; if (l !== null && it.index < l.items.length) { ${push} = l.items[it.index++]; } else { it.seq = null; ${dropAt !== null ? `if (l !== null) { ${dropAt} seqDropped(l, null); } ` : ''}${done} } }`;
    case Op.FOR_ITER_TUPLE:
      return `{ const it = ${iter}; if (!(it instanceof PySeqArrayIter && it.cls === TUPLE_ITER)) ${exit} const items = it.items; if (items !== null && it.index < items.length) { ${push} = items[it.index++]; } else { it.items = null; ${dropAt !== null ? `if (items !== null) { ${dropAt} seqDropped(null, items); } ` : ''}${done} } }`;
  }
  return exit;
}

/**
 * BINARY_OP `nb`, by the form the instruction specialised to: ints (the interpreter's safe
 * integers), exact floats, or strs inline; anything else through `numBin` (ints and floats
 * mixed, or a site whose form a fused instruction hides); else the interpreter.
 */
function binaryOp(nb: number, specOp: number, a: string, b: string, exit: string, atStmt: string, byZero = exit): string {
  const kind = nb >= NB.INPLACE ? nb - NB.INPLACE : nb;
  // Big ints (and a safe-int result overflowing into one) go to int's own arithmetic.
  const other =
    `{ r = numBin(x, y, ${nb}); if (r === undefined) { if ((typeof x === 'number' || typeof x === 'bigint') && (typeof y === 'number' || typeof y === 'bigint')) { ${atStmt} r = intArith(x, y, ${nb}); } ` +
    `else { ${atStmt} r = binaryOpSlow(x, y, ${nb}); } } }`;
  // (A zero divisor of //, % or / raises ZeroDivisionError without a JS throw: `byZero`, to a
  // handler of the frame, or leave for the interpreter to raise it.)
  const div = kind === NB.FLOOR_DIVIDE || kind === NB.REMAINDER || kind === NB.TRUE_DIVIDE;
  const big = `{ if (y === 0) ${div ? byZero : exit} ${atStmt} r = intArith(x, y, ${nb}); }`;
  let fast = '';
  if (specOp === Op.BINARY_OP) {
    // Generic: the operands' kinds are unknown (often a fused LOAD_FAST_*__BINARY_OP did the
    // work in the interpreter, which leaves this word unspecialised): ints and floats inline.
    const o = kind === NB.ADD ? '+' : kind === NB.SUBTRACT ? '-' : kind === NB.MULTIPLY ? '*' : '';
    if (o !== '') {
      const ints = o === '*' ? `r = x * y; if (!Number.isSafeInteger(r)) ${big} else r = r + 0;` : `r = x ${o} y; if (r < -MAX_SAFE || r > MAX_SAFE) ${big}`;
      fast = `if (typeof x === 'number' && typeof y === 'number') { ${ints} } else if (x instanceof PyFloat && y instanceof PyFloat && x.cls === FLOAT && y.cls === FLOAT) r = new FloatF(x.value ${o} y.value); else `;
    } else if (kind === NB.REMAINDER || kind === NB.FLOOR_DIVIDE) {
      fast = `if (typeof x === 'number' && typeof y === 'number' && y > 0${kind === NB.REMAINDER ? '' : ' && x >= 0'}) ${kind === NB.REMAINDER ? INT_MOD : INT_FLOOR_DIV} else `;
    } else fast = bitwise(kind, big);
  }
  switch (specOp) {
    case Op.BINARY_OP_ADD_INT:
    case Op.BINARY_OP_SUBTRACT_INT:
    case Op.BINARY_OP_MULTIPLY_INT:
    case Op.BINARY_OP_INT: {
      let ints: string;
      switch (kind) {
        case NB.ADD: ints = `r = x + y; if (r < -MAX_SAFE || r > MAX_SAFE) ${big}`; break;
        case NB.SUBTRACT: ints = `r = x - y; if (r < -MAX_SAFE || r > MAX_SAFE) ${big}`; break;
        case NB.MULTIPLY: ints = `r = x * y; if (!Number.isSafeInteger(r)) ${big} else r = r + 0;`; break;
        case NB.REMAINDER: ints = `if (y > 0) ${INT_MOD} else { r = intBinary(x, y, ${nb}); if (r === undefined) ${big} }`; break;
        case NB.FLOOR_DIVIDE: ints = `if (y > 0 && x >= 0) ${INT_FLOOR_DIV} else { r = intBinary(x, y, ${nb}); if (r === undefined) ${big} }`; break;
        default: {
          const bits = bitwise(kind, big);
          if (bits !== '') {
            fast = bits;
            break;
          }
          ints = `r = intBinary(x, y, ${nb}); if (r === undefined) ${big}`;
        }
      }
      if (fast === '') fast = `if (typeof x === 'number' && typeof y === 'number') { ${ints!} } else `;
      break;
    }
    case Op.BINARY_OP_ADD_FLOAT:
    case Op.BINARY_OP_SUBTRACT_FLOAT:
    case Op.BINARY_OP_MULTIPLY_FLOAT:
    case Op.BINARY_OP_TRUEDIV_FLOAT: {
      const o = kind === NB.ADD ? '+' : kind === NB.SUBTRACT ? '-' : kind === NB.MULTIPLY ? '*' : kind === NB.TRUE_DIVIDE ? '/' : '';
      if (o !== '') fast = `if (x instanceof PyFloat && y instanceof PyFloat && x.cls === FLOAT && y.cls === FLOAT${o === '/' ? ' && y.value !== 0' : ''}) r = new FloatF(x.value ${o} y.value); else `;
      break;
    }
    case Op.BINARY_OP_ADD_UNICODE:
    case Op.BINARY_OP_INPLACE_ADD_UNICODE:
      if (kind === NB.ADD) fast = `if (typeof x === 'string' && typeof y === 'string') r = strConcat(x, y); else `;
      break;
  }
  // An exact str % anything but a str subclass instance (whose __rmod__ would come first):
  // str.__mod__, which never returns NotImplemented.
  if (kind === NB.REMAINDER && specOp === Op.BINARY_OP) {
    fast = `if (typeof x === 'string' && !(y instanceof PyStr)) { ${atStmt} r = percentFormat(x, y); } else ${fast}`;
  }
  return `{ const x = ${a}, y = ${b}; let r; ${fast}${other} ${a} = r; }`;
}

/**
 * `x % y` of two ints held as numbers (safe integers), y > 0: JS's remainder is exact there and
 * takes x's sign; Python's takes y's (a negative remainder plus y; -0 made 0). The int32 case
 * has its own `%` so that V8 keeps an integer modulo at that site, the other a double one.
 */
const INT_MOD = `{ r = (x | 0) === x && (y | 0) === y ? x % y : x % y; if (r < 0) r += y; else r = r + 0; }`;

/**
 * `x // y` of two ints held as numbers, x >= 0 and y > 0: int32 operands by `| 0` of the
 * quotient; larger ones as (x - x % y) / y, where the subtraction (a multiple of y in 0..x) and
 * the division (exact) are both exact in doubles, unlike Math.floor(x / y).
 */
const INT_FLOOR_DIV = `{ r = (x | 0) === x && (y | 0) === y ? (x / y) | 0 : (x - x % y) / y; }`;

/**
 * The inline int path of &, |, ^, << and >> (int32 operands, JS's bitwise operators agree with
 * Python's two's-complement ints there; a shift by 0-31), ending in `else `; '' for other kinds.
 */
function bitwise(kind: number, big: string): string {
  const small = `typeof x === 'number' && typeof y === 'number' && (x | 0) === x`;
  switch (kind) {
    case NB.AND: return `if (${small} && (y | 0) === y) r = x & y; else `;
    case NB.OR: return `if (${small} && (y | 0) === y) r = x | y; else `;
    case NB.XOR: return `if (${small} && (y | 0) === y) r = x ^ y; else `;
    case NB.RSHIFT: return `if (${small} && y >= 0 && y < 32 && (y | 0) === y) r = x >> y; else `;
    case NB.LSHIFT: return `if (${small} && y >= 0 && y < 32 && (y | 0) === y) { r = x * (2 ** y); if (!Number.isSafeInteger(r)) ${big} } else `;
  }
  return '';
}

/** `x <nb> y` for two ints or two numbers of which one is an exact float; else undefined. */
function numBin(x: PyObject, y: PyObject, nb: number): PyObject | undefined {
  if (typeof x === 'number' && typeof y === 'number') return intBinary(x, y, nb);
  // An int and a bool (`count += x > 0`): the bool as 0 or 1, the result an int. (Two bools
  // keep bool's own &, | and ^, which give bools: the protocol.)
  if (typeof x === 'number' && typeof y === 'boolean') return intBinary(x, y ? 1 : 0, nb);
  if (typeof x === 'boolean' && typeof y === 'number') return intBinary(x ? 1 : 0, y, nb);
  const a = floatOperand(x);
  const b = floatOperand(y);
  if (a === undefined || b === undefined) return undefined;
  switch (nb >= NB.INPLACE ? nb - NB.INPLACE : nb) {
    case NB.ADD: return newFloat(a + b);
    case NB.SUBTRACT: return newFloat(a - b);
    case NB.MULTIPLY: return newFloat(a * b);
    case NB.TRUE_DIVIDE: return b === 0 ? undefined : newFloat(a / b);
  }
  return undefined;
}

/**
 * `x <cmp> y` for two ints (numbers or, past the safe range, bigints) or an int and an exact
 * float; else undefined. JS compares a number and a bigint exactly (loose equality too), as
 * Python compares ints and floats.
 */
function numCmp(x: PyObject, y: PyObject, cmp: number): boolean | undefined {
  const a = typeof x === 'number' || typeof x === 'bigint' ? x : x instanceof PyFloat && x.cls === T.float ? x.value : undefined;
  const b = typeof y === 'number' || typeof y === 'bigint' ? y : y instanceof PyFloat && y.cls === T.float ? y.value : undefined;
  if (a === undefined || b === undefined) return undefined;
  return intCmp(a, b, cmp);
}

const CMP = ['<', '<=', '===', '!==', '>', '>='];

/** COMPARE_OP by its specialised form (ints, exact floats, str ==/!=) inline, other numbers by `numCmp`; else the interpreter. */
function compareOp(cmp: number, specOp: number, a: string, b: string, atStmt: string): string {
  const o = CMP[cmp];
  let fast = '';
  if (specOp === Op.COMPARE_OP_INT) fast = `if (typeof x === 'number' && typeof y === 'number') r = x ${o} y; else `;
  else if (specOp === Op.COMPARE_OP_FLOAT) fast = `if (x instanceof PyFloat && y instanceof PyFloat && x.cls === FLOAT && y.cls === FLOAT) r = x.value ${o} y.value; else `;
  else if (specOp === Op.COMPARE_OP_STR && (cmp === 2 || cmp === 3)) fast = `if (typeof x === 'string' && typeof y === 'string') r = x ${o} y; else `;
  else if (specOp === Op.COMPARE_OP) fast = `if (typeof x === 'number' && typeof y === 'number') r = x ${o} y; else if (x instanceof PyFloat && y instanceof PyFloat && x.cls === FLOAT && y.cls === FLOAT) r = x.value ${o} y.value; else `;
  return `{ const x = ${a}, y = ${b}; let r; ${fast}{ r = numCmp(x, y, ${cmp}); if (r === undefined) { ${atStmt} r = compareSlow(x, y, ${cmp}); } } ${a} = r; }`;
}
