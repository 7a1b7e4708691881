// The `builtins` module's functions: makeBuiltinFunctions() builds name -> builtin function
// objects that the runtime installs in the builtins module. The frame-dependent builtins
// (__import__, globals, locals, exec, eval, compile, super, __build_class__) are added by
// the runtime; dir() and vars() without an argument ask setLocalsProvider's callback.

import type { PyObject } from '../objects/object.js';
import { None } from '../objects/singletons.js';
import { nativeFunction, PyBuiltinFunction, type NativeCall } from '../objects/native.js';
import { lengthOrSoft } from './iteration.js';
import { hashOf } from '../objects/protocol.js';
import { builtinAbs, absOf, builtinDivmod, builtinPow, builtinRound, builtinSum, builtinBin, builtinOct, builtinHex } from './numeric.js';
import { builtinRepr, builtinAscii, builtinChr, builtinOrd, chrOf, ordOf, builtinFormat } from './text.js';
import {
  builtinGetattr, builtinHasattr, builtinSetattr, builtinDelattr, builtinDir, builtinVars, builtinCallable,
  builtinId, builtinHash, getattrOrSoft,
} from './attributes.js';
import { builtinIsinstance, builtinIssubclass } from './typecheck.js';
import { builtinAll, builtinAny, builtinIter, builtinNext, builtinLen, builtinMax, builtinMin, builtinSorted } from './iteration.js';
import { builtinPrint } from './print.js';
import { builtinInput } from './input.js';
import { builtinOpen } from './io.js';


function builtinBreakpoint(args: PyObject[], kwnames: string[] | null): PyObject {
  void args;
  void kwnames;
  return None;
}

const TABLE: [string, NativeCall][] = [
  ['abs', builtinAbs],
  ['all', builtinAll],
  ['any', builtinAny],
  ['ascii', builtinAscii],
  ['bin', builtinBin],
  ['breakpoint', builtinBreakpoint],
  ['callable', builtinCallable],
  ['chr', builtinChr],
  ['delattr', builtinDelattr],
  ['dir', builtinDir],
  ['divmod', builtinDivmod],
  ['format', builtinFormat],
  ['getattr', builtinGetattr],
  ['hasattr', builtinHasattr],
  ['hash', builtinHash],
  ['hex', builtinHex],
  ['id', builtinId],
  ['input', builtinInput],
  ['isinstance', builtinIsinstance],
  ['issubclass', builtinIssubclass],
  ['iter', builtinIter],
  ['len', builtinLen],
  ['max', builtinMax],
  ['min', builtinMin],
  ['next', builtinNext],
  ['oct', builtinOct],
  ['open', builtinOpen],
  ['ord', builtinOrd],
  ['pow', builtinPow],
  ['print', builtinPrint],
  ['repr', builtinRepr],
  ['round', builtinRound],
  ['setattr', builtinSetattr],
  ['sorted', builtinSorted],
  ['sum', builtinSum],
  ['vars', builtinVars],
];

/** name -> builtin function object, for the runtime to install in the builtins module. */
export function makeBuiltinFunctions(): Record<string, PyObject> {
  const out: Record<string, PyObject> = {};
  for (const [name, fn] of TABLE) out[name] = nativeFunction(name, fn);
  // len(x), abs(x), hash(x), ord(c), chr(i) without the argument array (PyBuiltinFunction.f1).
  (out.len as PyBuiltinFunction).f1 = lengthOrSoft;
  (out.abs as PyBuiltinFunction).f1 = absOf;
  (out.hash as PyBuiltinFunction).f1 = hashOf;
  (out.ord as PyBuiltinFunction).f1 = ordOf;
  (out.chr as PyBuiltinFunction).f1 = chrOf;
  (out.getattr as PyBuiltinFunction).f2 = getattrOrSoft;
  return out;
}

export { powerOp } from './numeric.js';
export { makeQuitters } from './quitter.js';
export { isInstance, isSubclass } from './typecheck.js';
export { formatObject, asciiOf } from './text.js';
export { lengthOf } from './iteration.js';
export { setLocalsProvider, dirList, isCallable } from './attributes.js';
export {
  stdStreamObjects, setSysStreamLookup, currentSysStream, ioTypeObjects, unsupportedOperationType,
  osErrorFromCode, osErrorFromNode, fsPath, writeToStream,
} from './io.js';
export {
  getStdout, getStderr, getStdin, setStdStreams, resetStdStreams, flushStdStreams, flushAllOutput, stringLineSource,
  type TextSink, type LineSource,
} from './streams.js';
