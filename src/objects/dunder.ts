// Calling a special method the way the interpreter does (CPython's lookup_maybe_method +
// call): looked up on the TYPE, not the instance, then bound and called. A plain Python
// function found on the type is called with `self` prepended, with no bound-method object.

import type { PyObject } from './object.js';
import { PyFunction } from './function.js';
import { typeOf, call } from './protocol.js';
import { PyMethodDescriptor } from './native.js';
import { T } from './types.js';

/** The special method `name` of `self`'s type, or undefined. */
export function lookupSpecial(self: PyObject, name: string): PyObject | undefined {
  return typeOf(self).lookup(name);
}

/** Calls an attribute found on the type as a method of `self`. */
export function callFoundMethod(meth: PyObject, self: PyObject, args: PyObject[], kwnames: string[] | null = null): PyObject {
  if (meth instanceof PyFunction) {
    if (kwnames === null && args.length <= 1) return args.length === 0 ? meth.code.invoke1(meth, self) : meth.code.invoke2(meth, self, args[0]);
    return meth.code.invoke(meth, [self, ...args], kwnames);
  }
  if (meth instanceof PyMethodDescriptor && (meth.cls === T.method_descriptor || meth.cls === T.wrapper_descriptor) && typeOf(self).isSubtype(meth.owner)) {
    // A builtin type's method (BaseException.__init__, dict.__getitem__ ...): called unbound, as
    // its bound form would call it, without making the bound builtin first.
    if (kwnames === null && args.length === 0 && meth.f0 !== null) return meth.f0(self);
    return meth.fn(self, args, kwnames);
  }
  const get = typeOf(meth).slots.descrGet;
  if (get !== undefined) return call(get(meth, self, typeOf(self)), args, kwnames);
  return call(meth, args, kwnames);
}

export function callMethod0(self: PyObject, meth: PyObject): PyObject {
  if (meth instanceof PyFunction) return meth.code.invoke1(meth, self);
  return callFoundMethod(meth, self, []);
}

export function callMethod1(self: PyObject, meth: PyObject, a: PyObject): PyObject {
  if (meth instanceof PyFunction) return meth.code.invoke2(meth, self, a);
  return callFoundMethod(meth, self, [a]);
}

/** Looks up and calls `self.name(*args)` as a special method; undefined if the type lacks it. */
export function callSpecial(self: PyObject, name: string, args: PyObject[]): PyObject | undefined {
  const m = typeOf(self).lookup(name);
  if (m === undefined) return undefined;
  return callFoundMethod(m, self, args);
}
