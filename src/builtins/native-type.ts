// Builtin (non-heap) types defined by the builtins and their modules: file objects,
// callable_iterator, time.struct_time. Created lazily, after the bootstrap made `type`.

import { PyType, c3Mro } from '../objects/type.js';
import { PyDict } from '../objects/dict.js';
import { None } from '../objects/singletons.js';
import { T } from '../objects/types.js';
import { copySlots } from '../objects/slots.js';

/**
 * A native type named `name` (CPython's tp_name, e.g. '_io.TextIOWrapper': error messages
 * and the type's repr show it whole) deriving from `bases` (default: object). It starts
 * with its first base's slots and allocator; callers fill slots and methods, then call
 * exposeNativeSlots when the slots should be visible as dunder attributes.
 */
export function makeNativeType(name: string, bases: PyType[] = [T.object]): PyType {
  const t = new PyType(T.type, name, bases, new PyDict());
  t.mro = c3Mro(t)!;
  t.isExactBuiltin = true;
  t.slots = copySlots(bases[0].slots);
  t.alloc = null;
  t.dict.setStr('__doc__', None); // its own, as PyType_Ready gives every type
  return t;
}
