// float: a boxed JS number (ints are unboxed JS numbers, so floats must be told apart).
import { PyObj } from './object.js';
import type { PyType } from './type.js';
import { T } from './types.js';

export class PyFloat extends PyObj {
  value: number;
  constructor(value: number, cls?: PyType) {
    super(cls ?? T.float, null);
    this.value = value;
  }
}

/**
 * Every exact float is made here, by a plain constructor function with PyFloat's prototype
 * and field order (the same object: `instanceof PyFloat` holds). V8 does not inline the PyObj
 * base-constructor call of a class with dozens of subclasses (about 35 ns per `new PyFloat`,
 * against about 12 ns), and one constructor for all of them (the object model, natives and both
 * backends) gives exact floats one hidden class, so `f.value` loads stay monomorphic.
 * `new PyFloat(v, cls)` remains for instances of float subclasses.
 */
interface FloatCtor { new (v: number): PyFloat }
/**
 * (Exported for compiled code, which writes `new FloatF(v)` at each site rather than calling
 * newFloat: V8 decides per allocation site whether to allocate in the old generation, and one
 * site for every float of a program sent all of them there after a phase that kept floats.)
 */
export const FloatF = function (this: { cls: PyType; dict: null; value: number }, v: number) {
  this.cls = T.float;
  this.dict = null;
  this.value = v;
} as unknown as FloatCtor;
FloatF.prototype = PyFloat.prototype;

export function newFloat(v: number): PyFloat {
  return new FloatF(v);
}
