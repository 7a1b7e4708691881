// `super().name(...)` in a method: the VM's CALL_SUPER_METHOD (CPython 3.12's LOAD_SUPER_ATTR
// with its method flag, as a run-time specialisation of 3.11's bytecode).
//
// CPython 3.11 compiles `super().name(args)` to LOAD_GLOBAL super; CALL 0; LOAD_METHOD name;
// CALL n. The generic path makes a super object, looks `name` up through it and makes a bound
// method. specializeCall rewrites the CALL 0 of the builtin `super` that a LOAD_METHOD follows,
// in a function with a __class__ cell and a first argument, to CALL_SUPER_METHOD; the loop asks
// superMethod for the callable and pushes [callable, self] as LOAD_METHOD would, skipping it:
// no super object, no bound method. The lookup is cached per site by the instance's type and
// version (a type's version changes when it or any base is modified) and the __class__ cell's
// class. Anything else -- `super` rebound, a class method (the first argument a type), the
// first argument deleted, a name that is not a plain function or method descriptor on the MRO --
// returns undefined and the loop runs the generic CALL, which raises CPython's errors.
import { PyObj, type PyObject } from '../../src/objects/object.js';
import { PyType } from '../../src/objects/type.js';
import { PyFunction, PyCell } from '../../src/objects/function.js';
import { PyMethodDescriptor } from '../../src/objects/native.js';
import type { VMCode } from './code.js';

/** The instance the last successful superMethod call found (pushed as LOAD_METHOD's self). */
export let superSelf: PyObject | null = null;

/** superSelf, for compiled code (jit.ts), which cannot read a module's live binding. */
export function superSelfNow(): PyObject {
  return superSelf as PyObject;
}

/**
 * The callable `super().name` resolves to in the frame whose registers are `regs`, for the
 * CALL_SUPER_METHOD at `i` (cacheI: the __class__ cell's slot; cacheB: 1 when the first
 * argument is a cell; names index of the LOAD_METHOD after it in `original`), or undefined.
 */
export function superMethod(code: VMCode, i: number, regs: unknown[]): PyObject | undefined {
  let self = regs[0] as PyObject | undefined;
  if (code.cacheB[i] === 1) self = self instanceof PyCell ? self.value : undefined;
  if (!(self instanceof PyObj) || self instanceof PyType) return undefined;
  const cell = regs[code.cacheI[i]];
  if (!(cell instanceof PyCell)) return undefined;
  const cls = cell.value;
  const t = self.cls;
  if (t === code.cacheObj[i] && t.version === code.cacheA[i] && cls === code.cacheObj2[i]) {
    superSelf = self;
    return code.cacheVal[i] as PyObject;
  }
  const mro = t.mro;
  let k = 0;
  while (k < mro.length && mro[k] !== cls) k++;
  if (k === mro.length) return undefined;
  const name = code.co_names[code.original[i + 1] >> 8];
  for (k++; k < mro.length; k++) {
    const v = mro[k].dict.getStr(name);
    if (v === undefined) continue;
    if (!(v instanceof PyFunction || v instanceof PyMethodDescriptor)) return undefined;
    code.cacheObj[i] = t;
    code.cacheA[i] = t.version;
    code.cacheObj2[i] = cls;
    code.cacheVal[i] = v;
    superSelf = self;
    return v;
  }
  return undefined;
}
