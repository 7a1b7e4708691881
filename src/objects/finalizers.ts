// Whether the program has made a class with __del__ (set by typeNew). Until it has, nothing can
// need an early finalizer when a function's frame returns, and the returning frames are not
// looked at (src/runtime/early-finalize.ts, frameReturned).

export const finalizers = { on: false };
