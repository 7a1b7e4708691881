// Calls that compiled code (jit.ts) makes inline where the interpreter would push a frame: a
// CALL the interpreter did not specialise (keywords, bound methods, callable instances, classes
// with their own __new__, ...) or whose specialised form no longer holds, and CALL_FUNCTION_EX
// (f(*args, **kw)). The callee runs through the call protocol, as when native code calls
// Python code (a VM function in a nested run of the loop: its own frame, traceback entry and
// recursion-depth check), and its result comes back here, so the compiled code goes on instead
// of leaving to the interpreter for the rest of the round. The frame the compiled code runs is
// interp().frame throughout, with f.pc / f.sp / f.lasti set as the interpreter's would be.

import type { PyObject } from '../../src/objects/object.js';
import type { PyDict } from '../../src/objects/dict.js';
import { call } from '../../src/objects/protocol.js';
import { exCallArguments } from './vm-support.js';

/**
 * CALL of `nargs` arguments (the last kwnames.length of them keyword values) on the stack
 * regs[base..]: [NULL, callable, args...] or [method, self, args...]. Returns the result.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function callInline(regs: any[], base: number, nargs: number, kwnames: string[] | null): PyObject {
  const first = regs[base];
  const callable = first === null ? regs[base + 1] : first;
  const from = first === null ? base + 2 : base + 1;
  const args: PyObject[] = new Array(first === null ? nargs : nargs + 1);
  for (let i = 0; i < args.length; i++) args[i] = regs[from + i];
  return call(callable, args, kwnames);
}

/** CALL_FUNCTION_EX: callable(*argsObj, **kwd) (kwd null: no mapping). */
export function callExInline(callable: PyObject, argsObj: PyObject, kwd: PyDict | null): PyObject {
  const { args, kwnames } = exCallArguments(callable, argsObj, kwd);
  return call(callable, args, kwnames);
}
