// The loop's calls of native code through a function value (CALL_BUILTIN: a builtin function;
// CALL_METHOD_DESCRIPTOR: a builtin type's method; FOR_ITER_NATIVE: an iterator's iternext slot),
// each through one call site that V8 has
// seen calling two different functions before any user code runs.
//
// V8 compiles a call by its feedback: while a site has called one function, the optimised code
// checks for that target and deoptimises when another comes ("wrong call target"); after two
// targets the site is megamorphic and calls whatever comes. These sites see every builtin a
// program calls, so they end megamorphic anyway, but each first change after `run` was
// optimised cost a recompilation of the whole loop. These functions are small enough that V8
// always inlines them, and inlined code uses the callee's (seeded, megamorphic) feedback.

import type { PyObject } from '../../src/objects/object.js';
import type { NativeCall, NativeMethodCall } from '../../src/objects/native.js';

export function callNative(fn: NativeCall, args: PyObject[]): PyObject {
  return fn(args, null);
}

export function callNativeMethod(fn: NativeMethodCall, self: PyObject, args: PyObject[]): PyObject {
  return fn(self, args, null);
}

/** FOR_ITER_NATIVE: a native iterator type's iternext slot (undefined: exhausted). */
export function callIterNext(fn: (it: PyObject) => PyObject | undefined, it: PyObject): PyObject | undefined {
  return fn(it);
}

/** FOR_ITER_PAIR: an iterator type's pair step (iterators.ts PairNext). */
export function callPairNext(fn: (it: PyObject) => number, it: PyObject): number {
  return fn(it);
}

// Feedback vectors are allocated after a few calls: enough calls with two targets each.
const seedA: NativeCall = (args) => args.length;
const seedB: NativeCall = (args) => args.length + 1;
const seedC: NativeMethodCall = (self) => self;
const seedD: NativeMethodCall = (_self, args) => args.length;
const seedE = (it: PyObject): PyObject | undefined => it;
const seedF = (_it: PyObject): PyObject | undefined => undefined;
const seedG = (_it: PyObject): number => 0;
const seedH = (_it: PyObject): number => 1;
for (let i = 0; i < 32; i++) {
  callNative(i & 1 ? seedA : seedB, []);
  callNativeMethod(i & 1 ? seedC : seedD, 0, []);
  callIterNext(i & 1 ? seedE : seedF, 0);
  callPairNext(i & 1 ? seedG : seedH, 0);
}
