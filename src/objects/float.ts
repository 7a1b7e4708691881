// float: a boxed JS number (ints are unboxed JS numbers, so floats must be told apart).
import { PyObj } from './object.js';
import type { PyType } from './type.js';
import { T } from './types.js';

export class PyFloat extends PyObj {
  value: number;
  constructor(value: number, cls?: PyType) {
    super(cls ?? T.float);
    this.value = value;
  }
}

export function newFloat(v: number): PyFloat {
  return new PyFloat(v);
}
