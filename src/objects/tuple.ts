// tuple and list: JS arrays inside a PyObj.
import { PyObj, type PyObject } from './object.js';
import type { PyType } from './type.js';
import { T } from './types.js';

export class PyTuple extends PyObj {
  items: PyObject[];
  /**
   * The dict index key of an exact tuple whose hash runs no Python code (items of ints, strs,
   * floats, bools, None and such tuples), once computed (tupleHashKeyOf); -1 until then. Caching
   * it is unobservable: those hashes are pure functions of immutable items.
   */
  hk = -1;
  constructor(items: PyObject[], cls?: PyType) {
    super(cls ?? T.tuple, null);
    this.items = items;
  }
}

export class PyList extends PyObj {
  items: PyObject[];
  constructor(items: PyObject[], cls?: PyType) {
    super(cls ?? T.list, null);
    this.items = items;
  }
}

export let EMPTY_TUPLE: PyTuple;
export function initEmptyTuple(): void {
  EMPTY_TUPLE = new PyTuple([]);
}
