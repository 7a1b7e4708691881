// Exceptions as completion signals across direct calls. In a plain function, the statements that
// only if/while/for statements and try bodies enclose (markSignalRaises in exec.ts) form its
// *signal region*: there an exception can go up as the completion RAISE (the exception in
// frame.ret, this frame's traceback entry already recorded) instead of a JS throw, because every
// statement between it and the function's runner or the enclosing `try` passes RAISE on. A
// `raise` statement there signals; so does an expression statement or `local = value` (kinds
// ExprSig, AssignSig) whose value (kind CallSig, SubscriptSig, DivSig) is a call of a direct
// tree-walker function that ended in RAISE itself (runDirect hands the exception back instead of
// throwing it), a subscript of an exact dict that misses or an int divided by zero: the value is
// then SIGNALLED, the exception in `signalled.exc`. A JS throw costs a V8 stack walk per JS frame
// it crosses, and a Python frame is several.

import { PyObj, type PyObject } from '../../src/objects/object.js';
import type { PyDict } from '../../src/objects/dict.js';
import { T } from '../../src/objects/types.js';
import { E, newError, newException } from '../../src/objects/exception.js';
import { INT_FLOORDIV_ZERO, INT_MOD_ZERO, INT_TRUEDIV_ZERO } from '../../src/objects/int.js';
import { Op } from './kinds.js';
import type { Frame } from './frame.js';
import type { expr } from '../../src/ast/nodes.js';
import { subscript } from './eval.js';
import { recordFrame, blame, SIGNALLED, signalled } from './functions.js';
import { RAISE } from './exec.js';

/** obj[key] for a SubscriptSig value: an exact dict's miss is a signalled KeyError. */
export function subscriptSig(obj: PyObject, key: PyObject): PyObject {
  if (obj instanceof PyObj && obj.cls === T.dict) {
    // An exact dict has no __missing__ (one lookup: __eq__ runs once).
    const v = (obj as PyDict).get(key);
    if (v !== undefined) return v;
    signalled.exc = newException(E.KeyError, [key]);
    return SIGNALLED;
  }
  return subscript(obj, key);
}

/** An int divided by zero by operator `o` (DivSig): the signalled ZeroDivisionError. */
export function zeroDivisionSig(o: number): PyObject {
  signalled.exc = newError(E.ZeroDivisionError, o === Op.Div ? INT_TRUEDIV_ZERO : o === Op.Mod ? INT_MOD_ZERO : INT_FLOORDIV_ZERO);
  return SIGNALLED;
}

/** A signal-region statement of frame `f` whose value was SIGNALLED: the completion RAISE. */
export function signalledIn(f: Frame, value: expr): number {
  const e = signalled.exc!;
  signalled.exc = null;
  blame(e, value, f);
  // The entry a catch in this frame would record.
  recordFrame(e, f);
  f.ret = e;
  return RAISE;
}
