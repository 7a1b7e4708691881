import type { PyObject } from './object.js';

// Whether the program has made a class with __del__ (set by typeNew), or a generator or
// coroutine that may be suspended inside a try or with statement (set when one is created:
// Scope.suspendsInCleanup; dropping it there runs its finally blocks and __exit__ methods, as
// CPython's deallocation closes it). Until then, nothing can need an early finalizer when a
// function's frame returns or a name is rebound, and those are not looked at
// (src/runtime/early-finalize.ts).

export const finalizers = { on: false };

/**
 * list.clear() / dict.clear() let go of their items: each is finalized if nothing else reaches
 * it any more (early-finalize.ts `rebound`, installed when that module loads). Called only when
 * finalizers.on.
 */
export const dropped: { value: (v: PyObject) => void } = { value: () => {} };
