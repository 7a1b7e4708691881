// Fast allocation of the objects the VM creates most (tuples and lists from displays, cells;
// floats come from src/objects/float.ts's newFloat, shared with the object model). The object model's classes derive from PyObj, and V8 does not inline the
// base-constructor call for a base with dozens of subclasses: `new PyFloat(v)` costs about
// 35 ns, against about 12 ns for a plain constructor function whose prototype is the class's
// prototype. The objects are the same (same prototype, so `instanceof PyFloat` holds, and the
// same own fields in the same order: cls, dict, then the subclass's), only made faster.

import type { PyObject } from '../../src/objects/object.js';
import type { PyType } from '../../src/objects/type.js';
import { PyList, PyTuple } from '../../src/objects/tuple.js';
import { PyCell } from '../../src/objects/function.js';

interface SeqCtor<R> { new (items: PyObject[]): R }

let ListF: SeqCtor<PyList>;
let TupleF: SeqCtor<PyTuple>;
let CellF: { new (v: PyObject | undefined): PyCell };

/** Called once the builtin types exist. */
export function initAlloc(listType: PyType, tupleType: PyType, cellType: PyType): void {
  function L(this: { cls: PyType; dict: null; items: PyObject[] }, items: PyObject[]) {
    this.cls = listType;
    this.dict = null;
    this.items = items;
  }
  L.prototype = PyList.prototype;
  ListF = L as unknown as SeqCtor<PyList>;
  function Tu(this: { cls: PyType; dict: null; items: PyObject[] }, items: PyObject[]) {
    this.cls = tupleType;
    this.dict = null;
    this.items = items;
  }
  Tu.prototype = PyTuple.prototype;
  TupleF = Tu as unknown as SeqCtor<PyTuple>;
  function C(this: { cls: PyType; dict: null; value: PyObject | undefined }, v: PyObject | undefined) {
    this.cls = cellType;
    this.dict = null;
    this.value = v;
  }
  C.prototype = PyCell.prototype;
  CellF = C as unknown as { new (v: PyObject | undefined): PyCell };
}

export function newCell(v: PyObject | undefined): PyCell {
  return new CellF(v);
}

export { newFloat } from '../../src/objects/float.js';

export function newList(items: PyObject[]): PyList {
  return new ListF(items);
}

export function newTuple(items: PyObject[]): PyTuple {
  return new TupleF(items);
}

/**
 * The constructors themselves, for compiled code (jit.ts), which writes `new TupleF([...])` at
 * each site: V8 decides per allocation site whether what it makes goes straight to the old
 * generation, and a site shared by every display of a program decided that for all of them.
 */
export function allocCtors(): { ListF: SeqCtor<PyList>; TupleF: SeqCtor<PyTuple> } {
  return { ListF, TupleF };
}
