// Builtins about text: repr, ascii, chr, ord, format.

import { strResultOf } from '../objects/slot-wrappers.js';
import { enterRecursive, leaveRecursive, IN_CALL } from '../objects/recursion.js';
import type { PyObject } from '../objects/object.js';
import { T } from '../objects/types.js';
import { E, newError } from '../objects/exception.js';
import { typeOf, typeName, typeError, repr, str as pyStr, argTypeName } from '../objects/protocol.js';
import { strValue, asciiOf, asciiEscape } from '../objects/str.js';
import { formatValue, formatObjectResult } from '../objects/str-format.js';
import { indexOf } from '../objects/int-type.js';
import { oneArg, positional } from './args.js';
import { bytesView } from './bytes-support.js';

export { strValue, asciiOf };

/** repr(x): CPython counts the builtin's call itself as a level too (" while calling a Python object"). */
export function builtinRepr(args: PyObject[], kwnames: string[] | null): PyObject {
  const v = oneArg('repr', args, kwnames);
  enterRecursive(IN_CALL);
  try {
    return strResultOf(v, 'repr');
  } finally {
    leaveRecursive();
  }
}

export function builtinAscii(args: PyObject[], kwnames: string[] | null): PyObject {
  const v = oneArg('ascii', args, kwnames);
  // CPython's PyObject_ASCII: a pure-ASCII repr is returned as is (a str subclass stays one).
  const r = strResultOf(v, 'repr');
  const s = strValue(r) ?? '';
  const escaped = asciiEscape(s);
  return escaped === s ? r : escaped;
}

const INT_MIN = -(2 ** 31);
const INT_MAX = 2 ** 31 - 1;

export function builtinChr(args: PyObject[], kwnames: string[] | null): PyObject {
  return chrOf(oneArg('chr', args, kwnames));
}

/** chr(x) (also PyBuiltinFunction.f1). */
export function chrOf(x: PyObject): PyObject {
  const v = indexOf(x);
  if (typeof v === 'bigint' || v < INT_MIN || v > INT_MAX) {
    throw newError(E.OverflowError, 'Python int too large to convert to C int');
  }
  if (v < 0 || v > 0x10ffff) throw newError(E.ValueError, 'chr() arg not in range(0x110000)');
  return String.fromCodePoint(v);
}

export function builtinOrd(args: PyObject[], kwnames: string[] | null): PyObject {
  return ordOf(oneArg('ord', args, kwnames));
}

/** ord(v) (also PyBuiltinFunction.f1). */
export function ordOf(v: PyObject): PyObject {
  const s = strValue(v);
  if (s !== undefined) {
    if (s.length === 1) return s.charCodeAt(0);
    if (s.length === 2) {
      const cp = s.codePointAt(0)!;
      if (cp > 0xffff) return cp;
    }
    let n = 0;
    for (const _ of s) n++;
    typeError(`ord() expected a character, but string of length ${n} found`);
  }
  if (typeOf(v).isSubtype(T.bytes) || typeOf(v).isSubtype(T.bytearray)) {
    const b = bytesView(v);
    if (b !== undefined) {
      if (b.length === 1) return b[0];
      typeError(`ord() expected a character, but string of length ${b.length} found`);
    }
  }
  typeError(`ord() expected string of length 1, but ${typeName(v)} found`);
}

/** format(value, spec): CPython's PyObject_Format (type(value).__format__(value, spec)). */
export function formatObject(value: PyObject, spec: string): string {
  if (spec === '' && (typeof value === 'number' || typeof value === 'bigint')) return pyStr(value);
  return formatValue(value, spec);
}

export function builtinFormat(args: PyObject[], kwnames: string[] | null): PyObject {
  positional('format', args, kwnames, 1, 2);
  let spec = '';
  if (args.length === 2) {
    const s = strValue(args[1]);
    if (s === undefined) typeError(`format() argument 2 must be str, not ${argTypeName(args[1])}`);
    spec = s;
  }
  const v = args[0];
  // A class's __format__ result is returned as is (a str subclass instance stays one).
  if (typeof v === 'object' && typeOf(v).isHeapType) return formatObjectResult(v, spec);
  return formatObject(v, spec);
}
