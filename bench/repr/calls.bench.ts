// Q6: calls and exceptions.
// (a) Calling convention, through the type's call slot as in the draft (f.cls.slots.call):
//   V1  vectorcall: a fresh args array + kwnames (null here)
//   V2  vectorcall over the VM's value stack: (stack, base, nargs, kwnames), no array allocated
//   V3  spread/rest: slots.call(f, ...args) into a rest parameter
//   V4  fixed-arity fast paths: slots.call2(f, a, b), falling back to vectorcall
// The interpreter's CALL handler is one JS call site for every callable, so four callable kinds
// are called round-robin (the JS call is megamorphic, as it will be).
// (b) try/catch or try/finally around a call when nothing is thrown (traceback/frame-pop cost).
// (c) raise + catch in a loop: throwing an Error subclass (stack capture) vs a plain object vs an
//     Error with capture switched off, with a JS stack of the depth an interpreter has.
//   node dist/bench/repr/calls.bench.js

import { group, summary, do_not_optimize } from 'mitata';
import { benchOps, runAndReport } from './harness.js';

type V = unknown;
interface Slots {
  call: (f: Callable, args: V[], kwnames: string[] | null) => V;
  vcall: (f: Callable, stack: V[], base: number, nargs: number, kwnames: string[] | null) => V;
  spread: (f: Callable, ...args: V[]) => V;
  call2: (f: Callable, a: V, b: V) => V;
}
class TypeObj {
  declare name: string;
  declare slots: Slots;
  constructor(name: string, slots: Slots) {
    this.name = name;
    this.slots = slots;
  }
}
class Callable {
  declare cls: TypeObj;
  declare fn: (a: V, b: V) => V;
  constructor(cls: TypeObj, fn: (a: V, b: V) => V) {
    this.cls = cls;
    this.fn = fn;
  }
}

function argError(f: Callable, n: number): never {
  throw new TypeError(`${f.cls.name}() takes 2 positional arguments but ${n} were given`);
}
/** Each callable kind gets its own slot functions (as builtin_function, function, method, type):
 *  compiled separately so that, as in the real runtime, each has its own code and feedback. */
function makeKind(name: string): TypeObj {
  const slots = new Function(
    'argError',
    `return {
      call(f, args, kwnames) {
        if (kwnames !== null || args.length !== 2) return argError(f, args.length);
        return f.fn(args[0], args[1]);
      },
      vcall(f, stack, base, nargs, kwnames) {
        if (kwnames !== null || nargs !== 2) return argError(f, nargs);
        return f.fn(stack[base], stack[base + 1]);
      },
      spread(f, ...args) {
        if (args.length !== 2) return argError(f, args.length);
        return f.fn(args[0], args[1]);
      },
      call2(f, a, b) {
        return f.fn(a, b);
      },
    };`,
  )(argError) as Slots;
  return new TypeObj(name, slots);
}
const KINDS = [makeKind('builtin_function_or_method'), makeKind('function'), makeKind('method'), makeKind('type')];
const add2 = (a: V, b: V): V => (a as number) + (b as number);
const sub2 = (a: V, b: V): V => (a as number) - (b as number);
const max2 = (a: V, b: V): V => ((a as number) > (b as number) ? a : b);
const min2 = (a: V, b: V): V => ((a as number) < (b as number) ? a : b);
const CALLEES = [new Callable(KINDS[0], add2), new Callable(KINDS[1], sub2), new Callable(KINDS[2], max2), new Callable(KINDS[3], min2)];

const N = 1000;
// The VM's value stack: [callee, a, b] for each call, in a generic array.
const STACK: V[] = new Array(16).fill(null);

function loopV1(fs: Callable[], stack: V[]): number {
  let acc = 0;
  for (let i = 0; i < N; i++) {
    const f = fs[i & 3];
    stack[0] = f;
    stack[1] = i;
    stack[2] = 3;
    const args = [stack[1], stack[2]];
    acc += f.cls.slots.call(f, args, null) as number;
  }
  return acc;
}
function loopV2(fs: Callable[], stack: V[]): number {
  let acc = 0;
  for (let i = 0; i < N; i++) {
    const f = fs[i & 3];
    stack[0] = f;
    stack[1] = i;
    stack[2] = 3;
    acc += f.cls.slots.vcall(f, stack, 1, 2, null) as number;
  }
  return acc;
}
function loopV3(fs: Callable[], stack: V[]): number {
  let acc = 0;
  for (let i = 0; i < N; i++) {
    const f = fs[i & 3];
    stack[0] = f;
    stack[1] = i;
    stack[2] = 3;
    const args = stack.slice(1, 3); // the evaluated arguments, arity known only at run time
    acc += f.cls.slots.spread(f, ...args) as number;
  }
  return acc;
}
function loopV4(fs: Callable[], stack: V[]): number {
  let acc = 0;
  for (let i = 0; i < N; i++) {
    const f = fs[i & 3];
    stack[0] = f;
    stack[1] = i;
    stack[2] = 3;
    acc += f.cls.slots.call2(f, stack[1], stack[2]) as number;
  }
  return acc;
}

// ---------------------------------------------------------------------------------------------
// (b) try/catch, try/finally around a call, nothing thrown. A frame stack as the VM keeps.
class Frame {
  declare name: string;
  declare line: number;
  constructor(name: string) {
    this.name = name;
    this.line = 0;
  }
}
class PyErr extends Error {
  declare tb: Frame[];
  constructor() {
    super('x');
    this.tb = [];
  }
}
const frames: Frame[] = [];
const FR = new Frame('f');
function body(x: number): number {
  return (x * 7) % 13;
}
function callPlain(x: number): number {
  frames.push(FR);
  const r = body(x);
  frames.pop();
  return r;
}
function callCatch(x: number): number {
  frames.push(FR);
  try {
    const r = body(x);
    frames.pop();
    return r;
  } catch (e) {
    if (e instanceof PyErr) e.tb.push(frames[frames.length - 1]);
    frames.pop();
    throw e;
  }
}
function callFinally(x: number): number {
  frames.push(FR);
  try {
    return body(x);
  } finally {
    frames.pop();
  }
}
function loopCalls(call: (x: number) => number): (n: number) => number {
  return new Function('call', 'return function (n) { let s = 0; for (let i = 0; i < n; i++) s += call(i); return s; }')(call);
}

// ---------------------------------------------------------------------------------------------
// (c) raise ValueError two JS frames below the handler, caught and counted, at JS stack depth D.
class PyExc {
  declare cls: string;
  declare args: V[];
  declare traceback: Frame[];
  constructor(cls: string, args: V[]) {
    this.cls = cls;
    this.args = args;
    this.traceback = [];
  }
}
/** E1: the throwable is an Error subclass carrying the Python exception (stack captured). */
class PyThrowErr extends Error {
  declare exc: PyExc;
  constructor(exc: PyExc) {
    super();
    this.exc = exc;
  }
}
/** E3: a plain (non-Error) wrapper. */
class PyThrowPlain {
  declare exc: PyExc;
  constructor(exc: PyExc) {
    this.exc = exc;
  }
}
function raiseE1(i: number): never {
  throw new PyThrowErr(new PyExc('ValueError', [i]));
}
function raiseE2(i: number): never {
  throw new PyExc('ValueError', [i]);
}
function raiseE3(i: number): never {
  throw new PyThrowPlain(new PyExc('ValueError', [i]));
}
function raiseE4(i: number): never {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  const e = new PyThrowErr(new PyExc('ValueError', [i]));
  Error.stackTraceLimit = limit;
  throw e;
}
function makeRaiseLoop(raise: (i: number) => never, levels = 1): (n: number) => number {
  // middle(): a Python frame between raise and handler: records its traceback entry and pops
  // itself in one catch (a catch + a finally would rethrow twice).
  return new Function(
    'raise',
    'frames',
    'FR',
    'levels',
    `function middle(i, k) {
      frames.push(FR);
      try { const r = k > 1 ? middle(i, k - 1) : raise(i); frames.pop(); return r; }
      catch (e) { const x = e.exc ?? e; x.traceback.push(FR); frames.pop(); throw e; }
    }
    return function (n) {
      let count = 0;
      for (let i = 0; i < n; i++) {
        try { middle(i, levels); } catch (e) { if ((e.exc ?? e).cls === 'ValueError') count++; else throw e; }
      }
      return count;
    };`,
  )(raise, frames, FR, levels);
}
/** Runs f at a JS stack depth of about `depth` frames (an interpreter deep in eval calls). */
function atDepth<T>(depth: number, f: () => T): T {
  return depth <= 0 ? f() : atDepthStep(depth, f);
}
function atDepthStep<T>(depth: number, f: () => T): T {
  const r = atDepth(depth - 1, f);
  return r;
}

// Sanity
{
  const r = [loopV1, loopV2, loopV3, loopV4].map((l) => l(CALLEES, STACK));
  if (!r.every((x) => x === r[0])) throw new Error(`call mismatch ${r}`);
}

group(`calling convention: ${N} calls of 2-arg callables, 4 kinds round-robin`, () => {
  summary(() => {
    benchOps('call V1 vectorcall, args array', N, () => do_not_optimize(loopV1(CALLEES, STACK)));
    benchOps('call V2 vectorcall on the VM stack', N, () => do_not_optimize(loopV2(CALLEES, STACK)));
    benchOps('call V3 spread/rest', N, () => do_not_optimize(loopV3(CALLEES, STACK)));
    benchOps('call V4 fixed arity call2', N, () => do_not_optimize(loopV4(CALLEES, STACK)));
  });
});

group(`frame push/pop around ${N} calls, nothing thrown`, () => {
  summary(() => {
    const plain = loopCalls(callPlain);
    const withCatch = loopCalls(callCatch);
    const withFinally = loopCalls(callFinally);
    benchOps('guard none', N, () => do_not_optimize(plain(N)));
    benchOps('guard try/catch + rethrow', N, () => do_not_optimize(withCatch(N)));
    benchOps('guard try/finally', N, () => do_not_optimize(withFinally(N)));
  });
});

const RAISES = 200;
for (const depth of [5, 50]) {
  group(`raise + catch ${RAISES} times at JS stack depth ~${depth}`, () => {
    summary(() => {
      const loops: [string, (n: number) => number][] = [
        ['E1 Error subclass (stack captured)', makeRaiseLoop(raiseE1)],
        ['E2 throw the PyObj itself', makeRaiseLoop(raiseE2)],
        ['E3 plain wrapper object', makeRaiseLoop(raiseE3)],
        ['E4 Error subclass, stackTraceLimit=0', makeRaiseLoop(raiseE4)],
      ];
      for (const [name, loop] of loops) {
        if (atDepth(depth, () => loop(RAISES)) !== RAISES) throw new Error('raise loop broken');
        benchOps(`raise d${depth} ${name}`, RAISES, () => do_not_optimize(atDepth(depth, () => loop(RAISES))));
      }
    });
  });
}

group(`raise + catch ${RAISES} times through k frames that each record a traceback entry`, () => {
  summary(() => {
    for (const levels of [1, 4, 16]) {
      const loop = makeRaiseLoop(raiseE3, levels);
      if (loop(RAISES) !== RAISES) throw new Error('raise loop broken');
      benchOps(`raise through ${levels} frames, E3`, RAISES, () => do_not_optimize(loop(RAISES)));
    }
  });
});

await runAndReport('Q6 calls and exceptions');
