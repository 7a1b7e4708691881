// CPython 3.11's PyFrame_FastToLocals for a frame whose locals are a mapping (a class body):
// locals(), vars(), dir(), and exec()/eval() without namespaces copy the frame's cell variables
// into the mapping, and *delete* the key of an empty one. A class body's only cell is the
// implicit `__class__` (its methods use super() or __class__), empty until the class exists, so
// those calls remove a `__class__` the body itself assigned (semantics.md §2, §5).

import type { PyObject } from '../objects/object.js';
import { PyDict } from '../objects/dict.js';
import { setItem, typeOf } from '../objects/protocol.js';
import { PyBaseException, E } from '../objects/exception.js';

/** Copies one cell variable (`value` undefined: empty) into a frame's locals mapping. */
export function cellToLocals(locals: PyObject, name: string, value: PyObject | undefined): void {
  if (locals instanceof PyDict && locals.cls.isExactBuiltin) {
    if (value === undefined) locals.delete(name);
    else locals.setStr(name, value);
    return;
  }
  try {
    setItem(locals, name, value === undefined ? null : value);
  } catch (e) {
    // A missing key is not an error when deleting (PyObject_DelItem's KeyError is cleared).
    if (!(value === undefined && e instanceof PyBaseException && typeOf(e).isSubtype(E.KeyError))) throw e;
  }
}
