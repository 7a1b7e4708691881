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

// An exact float is made by a plain constructor function with PyFloat's prototype and field
// order (the same object: `instanceof PyFloat` holds): V8 does not inline the PyObj base-
// constructor call of a class with dozens of subclasses, so `new PyFloat(v)` costs several
// times more. One constructor for the whole runtime, so its floats share one hidden class.
interface FloatCtor { new (v: number): PyFloat }
let floatCtor: FloatCtor | null = null;

function makeFloatCtor(): FloatCtor {
  const t = T.float;
  function F(this: { cls: PyType; dict: null; value: number }, v: number) {
    this.cls = t;
    this.dict = null;
    this.value = v;
  }
  F.prototype = PyFloat.prototype;
  return F as unknown as FloatCtor;
}

/** A new exact float. */
export function newFloat(v: number): PyFloat {
  if (floatCtor !== null) return new floatCtor(v);
  if (T.float === undefined) return new PyFloat(v);
  floatCtor = makeFloatCtor();
  return new floatCtor(v);
}
