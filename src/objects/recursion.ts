// The C-level part of CPython 3.11's recursion limit: repr of nested containers and comparison
// of nested containers count against the same depth as Python calls (Py_EnterRecursiveCall),
// and name what they were doing in the RecursionError's message. The interpreter registers
// its depth counter here (src/runtime/interpreter.ts); the backends count Python calls on it.

import { E, newError } from './exception.js';

export interface DepthCounter {
  depth: number;
  recursionLimit: number;
}

let counter: DepthCounter = { depth: 0, recursionLimit: 1000 };

export function setDepthCounter(c: DepthCounter): void {
  counter = c;
}

/** Py_EnterRecursiveCall(where): one level deeper, or RecursionError "maximum recursion depth exceeded<where>". */
export function enterRecursive(where: string): void {
  if (++counter.depth > counter.recursionLimit) {
    counter.depth--;
    throw newError(E.RecursionError, `maximum recursion depth exceeded${where}`);
  }
}

/** enterRecursive + leaveRecursive around a step that cannot recurse: just the limit check. */
export function checkRecursive(where: string): void {
  if (counter.depth >= counter.recursionLimit) throw newError(E.RecursionError, `maximum recursion depth exceeded${where}`);
}

export function leaveRecursive(): void {
  counter.depth--;
}

export const IN_REPR = ' while getting the repr of an object';
export const IN_STR = ' while getting the str of an object';
export const IN_CALL = ' while calling a Python object';
export const IN_COMPARISON = ' in comparison';
