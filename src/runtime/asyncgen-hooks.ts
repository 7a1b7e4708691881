// sys.set_asyncgen_hooks' two hooks and what async generators do with them (PEP 525). The first
// __anext__/asend/athrow/aclose call on a generator remembers the `finalizer` of that moment and
// passes the generator to `firstiter` (asyncio's loop records it there, to close it at shutdown).
// An unfinished generator that is dropped is handed to its finalizer (asyncio schedules its
// aclose()). Dyad has no reference counts: it knows a generator is dropped only when an `async for`
// loop leaves its own generator early (`async for x in agen(): break`), as CPython's
// reference counting would drop it there.

import type { PyObject } from '../objects/object.js';
import { None } from '../objects/singletons.js';
import { call, getAttr } from '../objects/protocol.js';

/** The hooks sys.set_asyncgen_hooks set (null: unset, read as None; `None` may not exist yet when
 *  this module is evaluated). */
export const asyncGenHooks: { firstiter: PyObject | null; finalizer: PyObject | null } = { firstiter: null, finalizer: null };

/** Generators whose hooks ran, with the finalizer they keep (None: none, or already called). */
const finalizers = new WeakMap<object, PyObject>();

/** Before an async generator's first __anext__/asend/athrow/aclose. */
export function initAsyncGenHooks(g: PyObject): void {
  if (finalizers.has(g as object)) return;
  finalizers.set(g as object, asyncGenHooks.finalizer ?? None);
  const first = asyncGenHooks.firstiter;
  if (first !== null && first !== None) call(first, [g]);
}

/**
 * An unfinished async generator is dropped: its finalizer gets it; without one it is closed
 * here, GeneratorExit thrown in once (what it raises, or an await in its finally, is
 * unraisable: ignored, as CPython prints it to stderr and goes on).
 */
export function dropAsyncGen(g: PyObject): void {
  const fin = finalizers.get(g as object);
  if (fin !== undefined && fin !== None) {
    finalizers.set(g as object, None);
    call(fin, [g]);
    return;
  }
  try {
    call(getAttr(call(getAttr(g, 'aclose'), []), 'send'), [None]);
  } catch {
    // (StopIteration: closed; anything else is unraisable.)
  }
}
