import type { PyObject } from './object.js';

// Whether the program has made a class with __del__ (set by typeNew), or a function whose
// generators or coroutines may be suspended inside a try or with statement (set when the
// function is made, PyFunction: Scope.suspendsInCleanup; dropping such a generator there runs
// its finally blocks and __exit__ methods, as CPython's deallocation closes it). Until then,
// nothing can need an early finalizer when a function's frame returns, a name is rebound or a
// call's arguments die, and those are not looked at (src/runtime/early-finalize.ts).

export const finalizers = { on: false };

const onHooks: (() => void)[] = [];

/** Early finalization is needed from now on (finalizers.on); the JIT's hook drops its code compiled without it. */
export function finalizersOn(): void {
  if (finalizers.on) return;
  finalizers.on = true;
  for (const h of onHooks) h();
}

/** Runs `h` when finalizersOn is first called. */
export function whenFinalizersOn(h: () => void): void {
  onHooks.push(h);
}

/**
 * list.clear() / dict.clear() let go of their items: each is finalized if nothing else reaches
 * it any more (early-finalize.ts `rebound`, installed when that module loads). Called only when
 * finalizers.on.
 */
export const dropped: { value: (v: PyObject) => void } = { value: () => {} };
