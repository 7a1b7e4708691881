// VM code objects: CPython's code-object attributes (co_*), the instruction words, the line of
// each instruction, the exception table, and the inline-cache storage the specialiser writes
// per instruction. One per compiled block (module, class body, def, lambda, comprehension).
//
// Slot layout of a frame (CPython 3.11's "localsplus"):
//   [0, nlocals)                      co_varnames: parameters first, then other locals;
//                                     a parameter that is also a cell keeps its slot
//   [nlocals, nlocals + nplaincells)  cells that are not parameters (in co_cellvars order)
//   [.., nlocalsplus)                 free variables (co_freevars order)
//   [nlocalsplus, frameSize)          the value stack

import type { SourcePos } from '../../src/objects/exception.js';
import { coConsts } from '../../src/runtime/co-consts.js';
import { PyObj, type PyObject } from '../../src/objects/object.js';
import { T } from '../../src/objects/types.js';
import type { Code, PyFunction } from '../../src/objects/function.js';
import type { Backend, CodeObject, CompileMode } from '../../src/runtime/backend.js';
import { PyFloat } from '../../src/objects/float.js';
import { Op, NB, word } from './opcodes.js';
import { markMutable } from '../../src/runtime/mutable-fields.js';
import type { VMFrame } from './frame.js';
import type { CompiledLoop, BodyFn } from './jit.js';
import type { DictShape } from '../../src/objects/dict.js';

let codesMarked = false;
const CODE_MUTABLE = [
  'code', 'original', 'lines', 'makesFunctions', 'cacheA', 'cacheB', 'cacheI', 'cacheObj', 'cacheVal', 'cacheObj2',
  'cacheA2', 'cacheVal2', 'counter', 'backoffExp', 'misses', 'backEdges', 'loops', 'calls', 'recompiles', 'staleSites', 'unrunReaches', 'intPairs', 'body', 'bodyEntries',
  'genCalls', 'resume', 'yieldLoops', 'genTop',
] as const;

const NO_F64 = new Float64Array(0);
const NO_I32 = new Int32Array(0);
const NO_U16 = new Uint16Array(0);
const NO_U8 = new Uint8Array(0);
const NO_ITEMS: unknown[] = [];

export type BlockKind = 'module' | 'class' | 'function' | 'lambda' | 'comprehension';

/** Slot kinds (co_localspluskinds): CPython's CO_FAST_LOCAL / CO_FAST_CELL / CO_FAST_FREE bits. */
export const FAST_LOCAL = 0x20;
export const FAST_CELL = 0x40;
export const FAST_FREE = 0x80;

let invokeHook: (code: VMCode, fn: PyFunction, args: PyObject[], kwnames: string[] | null) => PyObject = () => {
  throw new Error('vm: not initialised');
};
let invokeHook2: (code: VMCode, fn: PyFunction, n: number, a: PyObject, b: PyObject | undefined) => PyObject = invokeHook as never;
/** vm.ts provides the entry points (avoids an import cycle). */
export function setInvokeHook(h: typeof invokeHook, h2: typeof invokeHook2): void {
  invokeHook = h;
  invokeHook2 = h2;
}

/**
 * The executable copy of the instructions, with common pairs fused into superinstructions
 * (CPython 3.11's LOAD_FAST__LOAD_FAST & co.): the first word runs both and skips the second,
 * which stays in place, so jumps to it and the exception table are unaffected.
 */
function superinstructions(words: Int32Array, consts: PyObject[]): Int32Array {
  const out = words.slice();
  const n = words.length;
  const triple = new Uint8Array(n + 1);
  for (let i = 0; i + 2 < n; i++) {
    const fused = tripleOp(words[i], words[i + 1], words[i + 2], consts) || subscriptUpdateOp(words[i], words[i + 1], words[i + 2]);
    if (fused !== 0) {
      out[i] = fused | (((words[i] >> 8) | ((words[i + 1] >> 8) << 12)) << 8);
      triple[i] = 1;
    }
  }
  for (let i = 0; i + 1 < n; i++) {
    // A three-instruction form wins over a pair that would start in it or swallow its start.
    if (triple[i] || triple[i + 1]) continue;
    const a = words[i];
    const b = words[i + 1];
    const opa = a & 0xff;
    const opb = b & 0xff;
    const x = a >> 8;
    const y = b >> 8;
    if (x >= 4096 || y >= 2048) continue;
    let fused = 0;
    if (opa === Op.LOAD_FAST && opb === Op.LOAD_FAST) fused = Op.LOAD_FAST__LOAD_FAST;
    else if (opa === Op.LOAD_FAST && opb === Op.LOAD_CONST) fused = Op.LOAD_FAST__LOAD_CONST;
    else if (opa === Op.STORE_FAST && opb === Op.LOAD_FAST) fused = Op.STORE_FAST__LOAD_FAST;
    else if (opa === Op.STORE_FAST && opb === Op.STORE_FAST) fused = Op.STORE_FAST__STORE_FAST;
    else if (opa === Op.LOAD_CONST && opb === Op.LOAD_FAST) fused = Op.LOAD_CONST__LOAD_FAST;
    else if (opa === Op.COPY && opb === Op.COPY) fused = Op.COPY__COPY;
    else if (opa === Op.SWAP && opb === Op.SWAP) fused = Op.SWAP__SWAP;
    else if (opa === Op.LOAD_CONST && opb === Op.BINARY_OP && numericConst(consts[x]) && fusableBinaryOp(y)) fused = Op.LOAD_CONST__BINARY_OP;
    else if (opa === Op.LIST_APPEND && opb === Op.JUMP_BACKWARD) fused = Op.LIST_APPEND__JUMP_BACKWARD;
    else if (opa === Op.SET_ADD && opb === Op.JUMP_BACKWARD) fused = Op.SET_ADD__JUMP_BACKWARD;
    else if (opa === Op.MAP_ADD && opb === Op.JUMP_BACKWARD) fused = Op.MAP_ADD__JUMP_BACKWARD;
    else if ((opa === Op.LOAD_FAST || opa === Op.LOAD_FAST_CHECK) && opb === Op.RETURN_VALUE) fused = Op.LOAD_FAST__RETURN_VALUE;
    else if (opa === Op.LOAD_CONST && opb === Op.RETURN_VALUE) fused = Op.LOAD_CONST__RETURN_VALUE;
    if (fused !== 0) out[i] = fused | ((x | (y << 12)) << 8);
  }
  return out;
}

/** BINARY_OP kinds the fused forms run (all but ** and @, in place too). */
function fusableBinaryOp(nb: number): boolean {
  const base = nb >= NB.INPLACE ? nb - NB.INPLACE : nb;
  return base !== NB.POWER && base !== NB.MATRIX_MULTIPLY;
}

/** An int or exact float constant (what the fused arithmetic forms take). */
function numericConst(k: PyObject): boolean {
  return typeof k === 'number' || (k instanceof PyFloat && k.cls === T.float);
}

/**
 * The three-instruction superinstruction for LOAD_FAST; LOAD_CONST|LOAD_FAST; <op>, or 0.
 * A constant operand of BINARY_OP / COMPARE_OP must be an int or a float; of BINARY_SUBSCR an int.
 */
function tripleOp(a: number, b: number, c: number, consts: PyObject[]): number {
  const opa = a & 0xff;
  const opb = b & 0xff;
  const opc = c & 0xff;
  if ((opa !== Op.LOAD_FAST && opa !== Op.LOAD_FAST_CHECK) || a >> 8 >= 4096 || b >> 8 >= 2048) return 0;
  let isConst: boolean;
  if (opb === Op.LOAD_CONST) {
    const k = consts[b >> 8];
    isConst = true;
    if (!numericConst(k)) return 0;
  } else if (opb === Op.LOAD_FAST || opb === Op.LOAD_FAST_CHECK) {
    isConst = false;
  } else {
    return 0;
  }
  if (opc === Op.BINARY_OP) {
    if (!fusableBinaryOp(c >> 8)) return 0;
    return isConst ? Op.LOAD_FAST_CONST__BINARY_OP : Op.LOAD_FAST_FAST__BINARY_OP;
  }
  if (opc === Op.COMPARE_OP) return isConst ? Op.LOAD_FAST_CONST__COMPARE_OP : Op.LOAD_FAST_FAST__COMPARE_OP;
  if (opc === Op.BINARY_SUBSCR) {
    if (isConst && typeof consts[b >> 8] !== 'number') return 0;
    return isConst ? Op.LOAD_FAST_CONST__BINARY_SUBSCR : Op.LOAD_FAST_FAST__BINARY_SUBSCR;
  }
  return 0;
}

/**
 * The load and the store around `a[i] op= v` (CPython 3.11 compiles it to `COPY 2; COPY 2;
 * BINARY_SUBSCR; <v>; BINARY_OP; SWAP 3; SWAP 2; STORE_SUBSCR`), or 0.
 */
function subscriptUpdateOp(a: number, b: number, c: number): number {
  if (a === word(Op.COPY, 2) && b === word(Op.COPY, 2) && (c & 0xff) === Op.BINARY_SUBSCR) return Op.COPY_COPY__BINARY_SUBSCR;
  if (a === word(Op.SWAP, 3) && b === word(Op.SWAP, 2) && (c & 0xff) === Op.STORE_SUBSCR) return Op.SWAP_SWAP__STORE_SUBSCR;
  return 0;
}

export class VMCode extends PyObj implements Code, CodeObject {
  backend: Backend;
  mode: CompileMode;
  kind: BlockKind;
  co_name: string;
  co_qualname: string;
  co_filename: string;
  co_firstlineno: number;
  co_argcount: number;
  co_posonlyargcount: number;
  co_kwonlyargcount: number;
  co_nlocals: number;
  co_varnames: string[];
  co_cellvars: string[];
  co_freevars: string[];
  co_names: string[];
  co_consts: PyObject[];
  co_flags: number;
  co_stacksize: number;
  /** Instruction words (opcodes.ts). Specialisation rewrites them in place. */
  code: Int32Array;
  /** The words as compiled (dis shows these; deoptimisation restores from them). */
  original: Int32Array;
  /** Source line of each instruction (-1: none). */
  lines: Int32Array;
  /** Source span of each instruction, for traceback markers (null: none). */
  positions: (SourcePos | null)[] = [];
  /** Exception table: [start, end (exclusive), handler, depth, lasti] per entry. */
  excTable: Int32Array;
  /** For each instruction, the index of its exception-table entry, or -1. */
  handlerOf: Int32Array;
  /** All slot names in slot order, and their kinds. */
  localsplusNames: string[];
  localsplusKinds: Uint8Array;
  nlocalsplus: number;
  frameSize: number;
  /** For each cell slot that is a parameter (CPython: MAKE_CELL of an argument slot). */
  isGenerator: boolean;
  isCoroutine: boolean;
  isAsyncGenerator: boolean;
  /** A generator or coroutine that may suspend inside a try or with statement (Scope.suspendsInCleanup). */
  suspendsInCleanup: boolean;
  /** Parameters bind positionally with no *args/**kwargs/kw-only (CALL_PY_EXACT_ARGS). */
  simpleArgs: boolean;
  /** Positional parameters and *args only (no **kwargs, kw-only, generator): argumentFrame fills the frame itself. */
  varargsOnly: boolean;
  /** No *args/**kwargs, not a generator: a keyword call binds without bindArguments (frame.ts keywordFrame). */
  kwBindable: boolean;
  /** A plain generator's positional parameter count when it has no *args/**kwargs/kw-only (jit.ts genMake), else -1. */
  genArgs: number;
  /** keywordFrame's cache: the last keyword-names array seen (a call site's constant) and their slots. */
  kwNames: string[] | null;
  kwSlots: Int32Array | null;
  kwGiven: Uint8Array | null;
  kwFirstSlot: number;
  /**
   * A function with **kwargs (kwargsFrame): its last keyword-names array and, per name, the
   * parameter slot or -1 (into the dict); the parameters they give, the lowest such slot, and
   * the key-sharing layouts the dict goes through (null: built key by key).
   */
  kwxNames: string[] | null;
  kwxSlots: Int32Array | null;
  kwxGiven: Uint8Array | null;
  kwxFirst: number;
  kwxShapes: DictShape[] | null;
  /** The function's docstring is co_consts[0]. */
  hasDocstring: boolean;
  /** Inline caches, one entry per instruction (specialize.ts). */
  cacheA!: Float64Array;
  cacheB!: Float64Array;
  cacheI!: Int32Array;
  cacheObj!: unknown[];
  cacheVal!: unknown[];
  /**
   * A second entry for the instance-attribute families (LOAD_ATTR/STORE_ATTR_INSTANCE_VALUE,
   * LOAD_METHOD_WITH_VALUES/NO_DICT), filled by the first miss on another type: a site that sees
   * instances of a class and of its subclass hits instead of missing half the time.
   */
  cacheObj2!: unknown[];
  cacheA2!: Float64Array;
  cacheVal2!: unknown[];
  /** Executions left before the next specialisation attempt, per instruction. */
  counter!: Uint16Array;
  /** Back-off exponent (failed attempts and deoptimisations so far). */
  backoffExp!: Uint8Array;
  /** Guard misses since the instruction was specialised. */
  misses!: Uint8Array;
  /** Returned frames of this code kept for the next calls (frame.ts, frameFor/releaseFrame). */
  framePool: VMFrame[];
  /** Backward jumps taken in the interpreter (jit.ts compiles the loops after JIT_AFTER). */
  backEdges: number;
  /** Compiled loops by head instruction (null: not compilable); null until the first. */
  loops: Map<number, CompiledLoop | null> | null;
  /** For each instruction after a call inside a compiled loop, that loop's head (else -1). */
  resume: Int32Array | null;
  /** jit.ts runToYield's cache: by the pc a generator frame of this code resumes at, the compiled
   *  loop it goes on in (checked not dropped; a Map lookup per resume cost about 10 ns). */
  yieldLoops: (CompiledLoop | undefined)[] | null;
  /** A generator function's compiled own code (jit.ts startGenerator); null: none; undefined: not tried. */
  genTop: CompiledLoop | null | undefined;
  /** Calls that pushed a frame for this code (jit.ts compiles a loop-free body after BODY_AFTER). */
  calls: number;
  /** Compiled loops and bodies thrown away for an instruction they reached unspecialised (jit.ts `stale`). */
  recompiles: number;
  /** Those instructions: compiled as they are the next time, specialised or not (jit.ts `unrun`). */
  staleSites: Set<number> | null;
  /** How often compiled code has reached each unrun instruction (jit.ts `reachedUnrun`). */
  unrunReaches: Uint8Array | null;
  /** Compiled code has seen two ints at a float-form BINARY_OP: such sites are compiled boxed from then on (jit.ts `intPair`). */
  intPairs: boolean;
  /** The compiled body (jit.ts compileBody), or null: not yet, or not compilable. */
  body: BodyFn | null;
  /**
   * Where the compiled body can be entered besides its start (1: a label of its code, such as
   * the instruction after a call): a call the interpreter ran for it returns there, and the
   * body goes on compiled (vm.ts RETURN_VALUE). Null when there is no compiled body.
   */
  bodyEntries: Uint8Array | null;
  /**
   * Generic CALLs that resumed a generator inline (next(g), g.send(v): callGeneric), marked 1,
   * which compiled code does too (jit.ts); null until the first.
   */
  genCalls: Uint8Array | null;

  /** The node this code was compiled from (compiler.ts Unit.node). */
  astNode: unknown = null;
  /** Its instructions make functions (MAKE_FUNCTION): compiled code calls it through the protocol (jit.ts). */
  makesFunctions = false;
  /** A code object read from the library's code cache: its twin compiled from the syntax tree (pyConsts). */
  twin: (() => VMCode) | null = null;
  private pyConstsCache: PyObject[] | null = null;

  /** co_consts as CPython lays it out (the VM's own table, co_consts, is laid out for its instructions). */
  /** co_code: (opcode, arg & 0xff) byte pairs, as far as a 24-bit-argument format maps to CPython's. */
  instructionBytes(): Uint8Array {
    const out = new Uint8Array(this.original.length * 2);
    for (let i = 0; i < this.original.length; i++) {
      out[2 * i] = this.original[i] & 0xff;
      out[2 * i + 1] = (this.original[i] >> 8) & 0xff;
    }
    return out;
  }

  /** co_linetable: one (line) entry per instruction, little-endian 32-bit. */
  lineTableBytes(): Uint8Array {
    const out = new Uint8Array(this.lines.length * 4);
    const view = new DataView(out.buffer);
    for (let i = 0; i < this.lines.length; i++) view.setInt32(4 * i, this.lines[i], true);
    return out;
  }

  /** co_lines(): (start, end, line) byte ranges, consecutive instructions of one line merged. */
  lineRanges(): [number, number, number][] {
    const out: [number, number, number][] = [];
    const lines = this.lines;
    for (let i = 0; i < lines.length; i++) {
      const last = out[out.length - 1];
      if (last !== undefined && last[2] === lines[i]) last[1] = (i + 1) * 2;
      else out.push([i * 2, (i + 1) * 2, lines[i]]);
    }
    return out;
  }

  pyConsts(): PyObject[] {
    if (this.pyConstsCache === null && this.astNode === null && this.twin !== null) {
      // Read from the cache (code-cache.ts): the twin compiled from the tree knows the layout.
      const fresh = this.twin();
      this.pyConstsCache = fresh.pyConsts().map((x) => (x instanceof VMCode ? this.co_consts[fresh.co_consts.indexOf(x)] : x));
    }
    if (this.pyConstsCache === null) {
      const nested = (n: unknown) => this.co_consts.find((c) => c instanceof VMCode && c.astNode === n);
      this.pyConstsCache = coConsts(this.astNode, nested, this.co_qualname, this.co_cellvars.includes('__class__'));
    }
    return this.pyConstsCache;
  }

  constructor(backend: Backend, mode: CompileMode, kind: BlockKind, name: string, qualname: string, filename: string, firstlineno: number) {
    super(T.code, null);
    this.backend = backend;
    this.mode = mode;
    this.kind = kind;
    this.co_name = name;
    this.co_qualname = qualname;
    this.co_filename = filename;
    this.co_firstlineno = firstlineno;
    this.co_argcount = 0;
    this.co_posonlyargcount = 0;
    this.co_kwonlyargcount = 0;
    this.co_nlocals = 0;
    this.co_varnames = [];
    this.co_cellvars = [];
    this.co_freevars = [];
    this.co_names = [];
    this.co_consts = [];
    this.co_flags = 0;
    this.co_stacksize = 0;
    this.code = new Int32Array(0);
    this.original = this.code;
    this.lines = new Int32Array(0);
    this.excTable = new Int32Array(0);
    this.handlerOf = new Int32Array(0);
    this.localsplusNames = [];
    this.localsplusKinds = new Uint8Array(0);
    this.nlocalsplus = 0;
    this.frameSize = 0;
    this.isGenerator = false;
    this.isCoroutine = false;
    this.isAsyncGenerator = false;
    this.suspendsInCleanup = false;
    this.simpleArgs = false;
    this.varargsOnly = false;
    this.kwBindable = false;
    this.genArgs = -1;
    this.kwNames = null;
    this.kwSlots = null;
    this.kwGiven = null;
    this.kwFirstSlot = 0;
    this.kwxNames = null;
    this.kwxSlots = null;
    this.kwxGiven = null;
    this.kwxFirst = 0;
    this.kwxShapes = null;
    this.hasDocstring = false;
    // Made with an object element: an empty `[]` has V8's small-int elements kind, and the first
    // push of a frame changed it, so the loop's inlined push deoptimised ("not a Smi") once per
    // code object whose pool filled after `run` was optimised.
    this.framePool = [null as unknown as VMFrame];
    this.framePool.pop();
    this.backEdges = 0;
    this.loops = null;
    this.calls = 0;
    this.recompiles = 0;
    this.staleSites = null;
    this.unrunReaches = null;
    this.intPairs = false;
    this.body = null;
    this.bodyEntries = null;
    this.genCalls = null;
    this.resume = null;
    this.yieldLoops = null;
    this.genTop = undefined;
    this.noCaches();
    if (!codesMarked) {
      codesMarked = true;
      // Set again when the code first runs (allocCaches), is called (calls, body) or loops
      // (backEdges, loops): src/runtime/mutable-fields.ts.
      const f64 = new Float64Array(1);
      const items: unknown[] = [null];
      markMutable(this, CODE_MUTABLE, {
        code: new Int32Array(1), original: new Int32Array(1), lines: new Int32Array(1),
        cacheA: f64, cacheB: f64, cacheA2: f64, cacheI: new Int32Array(1), cacheObj: items, cacheVal: items,
        cacheObj2: items, cacheVal2: items, counter: new Uint16Array(1), backoffExp: new Uint8Array(1),
        misses: new Uint8Array(1), bodyEntries: new Uint8Array(1), genCalls: new Uint8Array(1), resume: new Int32Array(1),
        yieldLoops: items,
      });
    }
  }

  /** The per-instruction caches, empty until the code first runs (allocCaches). */
  private noCaches(): void {
    this.cacheA = NO_F64;
    this.cacheB = NO_F64;
    this.cacheI = NO_I32;
    this.cacheObj = NO_ITEMS;
    this.cacheVal = NO_ITEMS;
    this.cacheObj2 = NO_ITEMS;
    this.cacheA2 = NO_F64;
    this.cacheVal2 = NO_ITEMS;
    this.counter = NO_U16;
    this.backoffExp = NO_U8;
    this.misses = NO_U8;
  }

  /**
   * Allocates the per-instruction caches: done by the first frame of this code (VMFrame), not
   * at compile time, so the many functions of a module that never run (most of `typing`'s)
   * cost no eleven arrays each. Nothing reads the caches before a frame of the code runs.
   */
  allocCaches(): void {
    const n = this.code.length;
    this.cacheA = new Float64Array(n);
    this.cacheB = new Float64Array(n);
    this.cacheI = new Int32Array(n);
    this.cacheObj = new Array(n).fill(null);
    this.cacheVal = new Array(n).fill(null);
    this.cacheObj2 = new Array(n).fill(null);
    this.cacheA2 = new Float64Array(n);
    this.cacheVal2 = new Array(n).fill(null);
    this.counter = new Uint16Array(n);
    this.backoffExp = new Uint8Array(n);
    this.misses = new Uint8Array(n);
  }

  get filename(): string {
    return this.co_filename;
  }

  /** Sets the instructions (the caches are allocated when the code first runs: allocCaches). */
  setCode(words: Int32Array, lines: Int32Array): void {
    this.original = words;
    let makes = false;
    for (let i = 0; i < words.length; i++) if ((words[i] & 0xff) === Op.MAKE_FUNCTION) makes = true;
    this.makesFunctions = makes;
    this.code = superinstructions(words, this.co_consts);
    this.lines = lines;
    this.noCaches();
  }

  invoke(fn: PyFunction, args: PyObject[], kwnames: string[] | null): PyObject {
    return invokeHook(this, fn, args, kwnames);
  }

  invoke1(fn: PyFunction, a: PyObject): PyObject {
    return invokeHook2(this, fn, 1, a, undefined);
  }

  invoke2(fn: PyFunction, a: PyObject, b: PyObject): PyObject {
    return invokeHook2(this, fn, 2, a, b);
  }

  /** The source line of instruction `i` (the nearest earlier one with a line). */
  lineAt(i: number): number {
    const lines = this.lines;
    for (let j = Math.min(i, lines.length - 1); j >= 0; j--) if (lines[j] >= 0) return lines[j];
    return this.co_firstlineno;
  }

  /** Name of deref slot `i` (LOAD_DEREF & co. take slot indexes). */
  slotName(i: number): string {
    return this.localsplusNames[i];
  }

  /** The slot of the `__class__` free variable (zero-argument super()), or -1. */
  classCellSlot(): number {
    const names = this.localsplusNames;
    for (let i = this.nlocalsplus - this.co_freevars.length; i < this.nlocalsplus; i++) if (names[i] === '__class__') return i;
    return -1;
  }
}
