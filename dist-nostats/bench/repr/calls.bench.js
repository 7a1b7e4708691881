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
class TypeObj {
    constructor(name, slots) {
        this.name = name;
        this.slots = slots;
    }
}
class Callable {
    constructor(cls, fn) {
        this.cls = cls;
        this.fn = fn;
    }
}
function argError(f, n) {
    throw new TypeError(`${f.cls.name}() takes 2 positional arguments but ${n} were given`);
}
/** Each callable kind gets its own slot functions (as builtin_function, function, method, type):
 *  compiled separately so that, as in the real runtime, each has its own code and feedback. */
function makeKind(name) {
    const slots = new Function('argError', `return {
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
    };`)(argError);
    return new TypeObj(name, slots);
}
const KINDS = [makeKind('builtin_function_or_method'), makeKind('function'), makeKind('method'), makeKind('type')];
const add2 = (a, b) => a + b;
const sub2 = (a, b) => a - b;
const max2 = (a, b) => (a > b ? a : b);
const min2 = (a, b) => (a < b ? a : b);
const CALLEES = [new Callable(KINDS[0], add2), new Callable(KINDS[1], sub2), new Callable(KINDS[2], max2), new Callable(KINDS[3], min2)];
const N = 1000;
// The VM's value stack: [callee, a, b] for each call, in a generic array.
const STACK = new Array(16).fill(null);
function loopV1(fs, stack) {
    let acc = 0;
    for (let i = 0; i < N; i++) {
        const f = fs[i & 3];
        stack[0] = f;
        stack[1] = i;
        stack[2] = 3;
        const args = [stack[1], stack[2]];
        acc += f.cls.slots.call(f, args, null);
    }
    return acc;
}
function loopV2(fs, stack) {
    let acc = 0;
    for (let i = 0; i < N; i++) {
        const f = fs[i & 3];
        stack[0] = f;
        stack[1] = i;
        stack[2] = 3;
        acc += f.cls.slots.vcall(f, stack, 1, 2, null);
    }
    return acc;
}
function loopV3(fs, stack) {
    let acc = 0;
    for (let i = 0; i < N; i++) {
        const f = fs[i & 3];
        stack[0] = f;
        stack[1] = i;
        stack[2] = 3;
        const args = stack.slice(1, 3); // the evaluated arguments, arity known only at run time
        acc += f.cls.slots.spread(f, ...args);
    }
    return acc;
}
function loopV4(fs, stack) {
    let acc = 0;
    for (let i = 0; i < N; i++) {
        const f = fs[i & 3];
        stack[0] = f;
        stack[1] = i;
        stack[2] = 3;
        acc += f.cls.slots.call2(f, stack[1], stack[2]);
    }
    return acc;
}
// ---------------------------------------------------------------------------------------------
// (b) try/catch, try/finally around a call, nothing thrown. A frame stack as the VM keeps.
class Frame {
    constructor(name) {
        this.name = name;
        this.line = 0;
    }
}
class PyErr extends Error {
    constructor() {
        super('x');
        this.tb = [];
    }
}
const frames = [];
const FR = new Frame('f');
function body(x) {
    return (x * 7) % 13;
}
function callPlain(x) {
    frames.push(FR);
    const r = body(x);
    frames.pop();
    return r;
}
function callCatch(x) {
    frames.push(FR);
    try {
        const r = body(x);
        frames.pop();
        return r;
    }
    catch (e) {
        if (e instanceof PyErr)
            e.tb.push(frames[frames.length - 1]);
        frames.pop();
        throw e;
    }
}
function callFinally(x) {
    frames.push(FR);
    try {
        return body(x);
    }
    finally {
        frames.pop();
    }
}
function loopCalls(call) {
    return new Function('call', 'return function (n) { let s = 0; for (let i = 0; i < n; i++) s += call(i); return s; }')(call);
}
// ---------------------------------------------------------------------------------------------
// (c) raise ValueError two JS frames below the handler, caught and counted, at JS stack depth D.
class PyExc {
    constructor(cls, args) {
        this.cls = cls;
        this.args = args;
        this.traceback = [];
    }
}
/** E1: the throwable is an Error subclass carrying the Python exception (stack captured). */
class PyThrowErr extends Error {
    constructor(exc) {
        super();
        this.exc = exc;
    }
}
/** E3: a plain (non-Error) wrapper. */
class PyThrowPlain {
    constructor(exc) {
        this.exc = exc;
    }
}
function raiseE1(i) {
    throw new PyThrowErr(new PyExc('ValueError', [i]));
}
function raiseE2(i) {
    throw new PyExc('ValueError', [i]);
}
function raiseE3(i) {
    throw new PyThrowPlain(new PyExc('ValueError', [i]));
}
function raiseE4(i) {
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    const e = new PyThrowErr(new PyExc('ValueError', [i]));
    Error.stackTraceLimit = limit;
    throw e;
}
function makeRaiseLoop(raise, levels = 1) {
    // middle(): a Python frame between raise and handler: records its traceback entry and pops
    // itself in one catch (a catch + a finally would rethrow twice).
    return new Function('raise', 'frames', 'FR', 'levels', `function middle(i, k) {
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
    };`)(raise, frames, FR, levels);
}
/** Runs f at a JS stack depth of about `depth` frames (an interpreter deep in eval calls). */
function atDepth(depth, f) {
    return depth <= 0 ? f() : atDepthStep(depth, f);
}
function atDepthStep(depth, f) {
    const r = atDepth(depth - 1, f);
    return r;
}
// Sanity
{
    const r = [loopV1, loopV2, loopV3, loopV4].map((l) => l(CALLEES, STACK));
    if (!r.every((x) => x === r[0]))
        throw new Error(`call mismatch ${r}`);
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
            const loops = [
                ['E1 Error subclass (stack captured)', makeRaiseLoop(raiseE1)],
                ['E2 throw the PyObj itself', makeRaiseLoop(raiseE2)],
                ['E3 plain wrapper object', makeRaiseLoop(raiseE3)],
                ['E4 Error subclass, stackTraceLimit=0', makeRaiseLoop(raiseE4)],
            ];
            for (const [name, loop] of loops) {
                if (atDepth(depth, () => loop(RAISES)) !== RAISES)
                    throw new Error('raise loop broken');
                benchOps(`raise d${depth} ${name}`, RAISES, () => do_not_optimize(atDepth(depth, () => loop(RAISES))));
            }
        });
    });
}
group(`raise + catch ${RAISES} times through k frames that each record a traceback entry`, () => {
    summary(() => {
        for (const levels of [1, 4, 16]) {
            const loop = makeRaiseLoop(raiseE3, levels);
            if (loop(RAISES) !== RAISES)
                throw new Error('raise loop broken');
            benchOps(`raise through ${levels} frames, E3`, RAISES, () => do_not_optimize(loop(RAISES)));
        }
    });
});
await runAndReport('Q6 calls and exceptions');
//# sourceMappingURL=calls.bench.js.map