// Which subjects a `match` statement's sequence and mapping patterns accept (CPython's
// Py_TPFLAGS_SEQUENCE / Py_TPFLAGS_MAPPING), shared by both backends.
//
// Builtins: list, tuple, range, memoryview and collections.deque are sequences (str, bytes and
// bytearray never are); dict and its subclasses are mappings. Any other class is one when collections.abc says so:
// a subclass of Sequence/Mapping, or registered with it (deque, OrderedDict, user classes).

import type { PyObject } from '../objects/object.js';
import { PyDict } from '../objects/dict.js';
import { PyList, PyTuple } from '../objects/tuple.js';
import { PyDeque } from '../modules/deque.js';
import type { PyType } from '../objects/type.js';
import { T } from '../objects/types.js';
import { typeOf, getAttrOrUndefined, call } from '../objects/protocol.js';
import { interp } from './interpreter.js';

export function isMatchSequence(v: PyObject): boolean {
  if (typeof v !== 'object' || v === null) return false;
  const t = typeOf(v);
  if (t.isSubtype(T.str) || t.isSubtype(T.bytes) || t.isSubtype(T.bytearray)) return false;
  if (v instanceof PyList || v instanceof PyTuple || v instanceof PyDeque || t.isSubtype(T.range)) return true;
  if (T.memoryview !== undefined && t.isSubtype(T.memoryview)) return true;
  return abcRegistered(t, 'Sequence');
}

export function isMatchMapping(v: PyObject): boolean {
  if (v instanceof PyDict) return true;
  if (typeof v !== 'object' || v === null) return false;
  return abcRegistered(typeOf(v), 'Mapping');
}

/** Whether collections.abc (when it has been imported) counts class `t` as a Sequence/Mapping. */
function abcRegistered(t: PyType, abc: string): boolean {
  const mod = interp().modules.getStr('collections.abc');
  if (mod === undefined) return false;
  const cls = getAttrOrUndefined(mod, abc);
  if (cls === undefined) return false;
  try {
    const check = getAttrOrUndefined(cls, '__subclasscheck__');
    return check !== undefined && call(check, [t]) === true;
  } catch {
    return false;
  }
}
