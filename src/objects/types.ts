// The registry of builtin type objects, filled once by the bootstrap (bootstrap.ts). Hot code
// reads `T.int`, `T.str`, ... (one property load on a module-level object).

import type { PyType } from './type.js';

export interface BuiltinTypes {
  object: PyType; type: PyType; NoneType: PyType; NotImplementedType: PyType; ellipsis: PyType;
  int: PyType; bool: PyType; float: PyType; complex: PyType; str: PyType; bytes: PyType;
  bytearray: PyType; list: PyType; tuple: PyType; dict: PyType; set: PyType; frozenset: PyType;
  range: PyType; slice: PyType; function: PyType; builtin_function: PyType; method: PyType;
  cell: PyType; module: PyType; property: PyType; staticmethod: PyType; classmethod: PyType;
  super: PyType; code: PyType; generator: PyType; coroutine: PyType; BaseException: PyType;
  [name: string]: PyType;
}

export const T = {} as BuiltinTypes;

/** Keeps a property-bag object used as a registry (T, E) out of V8's dictionary mode. With
 *  more than ~128 properties, or properties added by keyed stores, V8 turns an object into a
 *  hash table, and every `T.float` becomes a hash lookup. Using the object as a prototype and
 *  loading through it once makes V8 rebuild it with a fast (descriptor-array) map. Call after
 *  a batch of registrations; it is idempotent and cheap. */
export function toFastProperties(o: object): void {
  function Holder(): void {}
  Holder.prototype = o;
  const h = new (Holder as unknown as new () => Record<string, unknown>)();
  for (let i = 0; i < 2; i++) void h.object;
}
