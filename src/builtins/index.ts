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

const TABLE: [string, NativeCall, string][] = [
  ['abs', builtinAbs, 'Return the absolute value of the argument.'],
  ['all', builtinAll, 'Return True if bool(x) is True for all values x in the iterable.'],
  ['any', builtinAny, 'Return True if bool(x) is True for any x in the iterable.'],
  ['ascii', builtinAscii, 'Return an ASCII-only representation of an object.'],
  ['bin', builtinBin, 'Return the binary representation of an integer.'],
  ['breakpoint', builtinBreakpoint, 'Call sys.breakpointhook(*args, **kws).'],
  ['callable', builtinCallable, 'Return whether the object is callable (i.e., some kind of function).'],
  ['chr', builtinChr, 'Return a Unicode string of one character with ordinal i; 0 <= i <= 0x10ffff.'],
  ['delattr', builtinDelattr, 'Deletes the named attribute from the given object.'],
  ['dir', builtinDir, 'Show attributes of an object.'],
  ['divmod', builtinDivmod, 'Return the tuple (x//y, x%y).  Invariant: div*y + mod == x.'],
  ['format', builtinFormat, 'Return value.__format__(format_spec)'],
  ['getattr', builtinGetattr, 'Get a named attribute from an object.'],
  ['hasattr', builtinHasattr, 'Return whether the object has an attribute with the given name.'],
  ['hash', builtinHash, 'Return the hash value for the given object.'],
  ['hex', builtinHex, 'Return the hexadecimal representation of an integer.'],
  ['id', builtinId, 'Return the identity of an object.'],
  ['input', builtinInput, 'Read a string from standard input.  The trailing newline is stripped.'],
  ['isinstance', builtinIsinstance, 'Return whether an object is an instance of a class or of a subclass thereof.'],
  ['issubclass', builtinIssubclass, "Return whether 'cls' is derived from another class or is the same class."],
  ['iter', builtinIter, 'Get an iterator from an object.'],
  ['len', builtinLen, 'Return the number of items in a container.'],
  ['max', builtinMax, 'With a single iterable argument, return its biggest item.'],
  ['min', builtinMin, 'With a single iterable argument, return its smallest item.'],
  ['next', builtinNext, 'Return the next item from the iterator.'],
  ['oct', builtinOct, 'Return the octal representation of an integer.'],
  ['open', builtinOpen, 'Open file and return a stream.  Raise OSError upon failure.'],
  ['ord', builtinOrd, 'Return the Unicode code point for a one-character string.'],
  ['pow', builtinPow, 'Equivalent to base**exp with 2 arguments or base**exp % mod with 3 arguments'],
  ['print', builtinPrint, 'Prints the values to a stream, or to sys.stdout by default.'],
  ['repr', builtinRepr, 'Return the canonical string representation of the object.'],
  ['round', builtinRound, 'Round a number to a given precision in decimal digits.'],
  ['setattr', builtinSetattr, 'Sets the named attribute on the given object to the specified value.'],
  ['sorted', builtinSorted, 'Return a new list containing all items from the iterable in ascending order.'],
  ['sum', builtinSum, "Return the sum of a 'start' value (default: 0) plus an iterable of numbers"],
  ['vars', builtinVars, 'Show vars.'],
];

/** name -> builtin function object, for the runtime to install in the builtins module. */
export function makeBuiltinFunctions(): Record<string, PyObject> {
  const out: Record<string, PyObject> = {};
  for (const [name, fn, doc] of TABLE) out[name] = nativeFunction(name, fn, doc);
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
