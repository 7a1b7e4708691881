// The value type every part of the runtime passes around (docs/object-model.md).
//
//   int    -> JS number when it is a safe integer, else a JS bigint (never a bigint in the
//             safe range: `normInt` keeps that invariant so `===` works on small ints)
//   bool   -> JS boolean (True/False; an int subtype for arithmetic)
//   str    -> JS string (UTF-16; code-point indexing lives in str.ts)
//   None, float, and everything else -> an instance of PyObj (or a subclass)

import type { PyType } from './type.js';
import type { PyDict } from './dict.js';

export type PyObject = number | bigint | boolean | string | PyObj;

/** Base of every heap object. `cls` is its Python type; `dict` its __dict__ if it has one. */
export class PyObj {
  cls: PyType;
  dict: PyDict | null;
  constructor(cls: PyType, dict: PyDict | null) {
    this.cls = cls;
    this.dict = dict;
  }

  /** Keeps Node's console/inspect output short: PyObj graphs are cyclic and huge. */
  [Symbol.for('nodejs.util.inspect.custom')](): string {
    const args = (this as unknown as { args?: { items?: unknown[] } }).args;
    const detail = args && Array.isArray(args.items) ? ` ${JSON.stringify(args.items.map(String))}` : '';
    return `<${this.cls?.name ?? '?'} object${detail}>`;
  }
}

const MIN_SAFE = -Number.MAX_SAFE_INTEGER;
const MAX_SAFE = Number.MAX_SAFE_INTEGER;
// bigint bounds: a bigint/bigint comparison is about 1.6x faster than bigint/number.
const MIN_SAFE_BIG = BigInt(MIN_SAFE);
const MAX_SAFE_BIG = BigInt(MAX_SAFE);

/** An int result from a bigint computation, demoted to a JS number when it fits. */
export function normInt(v: bigint): number | bigint {
  return v >= MIN_SAFE_BIG && v <= MAX_SAFE_BIG ? Number(v) : v;
}

/** An int result from a JS-number computation that may have left the safe range. */
export function intFromNumberOp(r: number, a: number, b: number, op: (x: bigint, y: bigint) => bigint): number | bigint {
  return r >= MIN_SAFE && r <= MAX_SAFE ? r : normInt(op(BigInt(a), BigInt(b)));
}
