// The `_json` accelerator module (CPython 3.11's Modules/_json.c): scanstring, make_scanner
// (the type behind JSONDecoder.scan_once), make_encoder (the one-shot encoder behind
// JSONEncoder.encode), encode_basestring and encode_basestring_ascii. lib/json takes them with
// `from _json import ...` as CPython's json does, keeping its Python versions as fallbacks.
//
// The scanner and encoder work on the JS string's UTF-16 units; positions cross the Python
// boundary (idx arguments, returned end indices, JSONDecodeError.pos) as code-point indices.
// Recursion counts as in CPython: a call of a scanner or encoder object is one level
// (_PyObject_MakeTpCall), each array/object decoded and each value encoded inside a container
// one more, with CPython's RecursionError messages.
//
// One Dyad extension: make_encoder also encodes with an indent (CPython 3.11's C encoder ignores
// indent, and its json uses the Python encoder then). With an indent it follows that Python
// encoder where the two differ: the allow_nan message names the value, and recursion is
// reported as a Python call.

import { PyObj, type PyObject } from '../objects/object.js';
import type { PyType } from '../objects/type.js';
import { T } from '../objects/types.js';
import { PyTuple, PyList } from '../objects/tuple.js';
import { PyDict, DELETED } from '../objects/dict.js';
import { PyFloat, newFloat } from '../objects/float.js';
import { PyIntObj, intToDecimal } from '../objects/int-type.js';
import { parseFloatText } from '../objects/float-type.js';
import { PyStr, cpToUnit, unitToCp, cpLength } from '../objects/str.js';
import { None } from '../objects/singletons.js';
import { E, newError, newException } from '../objects/exception.js';
import { typeName, typeError, call, getAttr, isTrue, getIter, iterNext, repr } from '../objects/protocol.js';
import { nativeFunction, bindNative, addGetSets } from '../objects/native.js';
import { defineNew } from '../objects/class-create.js';
import { makeBuiltinType, iterateGeneric } from '../objects/iterate.js';
import { ssizeArg } from '../objects/tuple-type.js';
import { listSort } from '../objects/sort.js';
import { floatRepr } from '../text/float-repr.js';
import { enterRecursive, leaveRecursive, checkRecursive, IN_CALL } from '../objects/recursion.js';
import { importFullName } from '../runtime/import.js';
import { PyModule } from '../runtime/module.js';

const IN_DECODE_ARRAY = ' while decoding a JSON array from a unicode string';
const IN_DECODE_OBJECT = ' while decoding a JSON object from a unicode string';
const IN_ENCODE = ' while encoding a JSON object';

function strOf(v: PyObject): string | undefined {
  if (typeof v === 'string') return v;
  return v instanceof PyStr ? v.value : undefined;
}

// --- decoding ---------------------------------------------------------------------------------

/** Raises json.decoder.JSONDecodeError(msg, doc, pos) for the unit position `u` of `s`. */
function decodeError(msg: string, doc: PyObject, s: string, u: number): never {
  const cls = getAttr(importFullName('json.decoder'), 'JSONDecodeError');
  throw call(cls, [msg, doc, unitToCp(s, u)]);
}

function stopIteration(s: string, u: number): never {
  throw newException(E.StopIteration, [unitToCp(s, u)]);
}

const isWs = (c: number): boolean => c === 32 || c === 10 || c === 13 || c === 9;

function hexDigit(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 87;
  if (c >= 65 && c <= 70) return c - 55;
  return -1;
}

/** Where scanString leaves the index after the closing quote. */
let scanEnd = 0;

/**
 * The JSON string whose body starts at unit `end` of `s` (just after the opening quote);
 * scanEnd is set to the unit just after the closing quote. CPython's scanstring_unicode.
 */
function scanString(s: string, doc: PyObject, end: number, strict: boolean): string {
  const n = s.length;
  const begin = end - 1;
  let out = '';
  let chunkStart = end;
  let i = end;
  for (;;) {
    // Find the end of the string or the next escape.
    let c = 0;
    for (; i < n; i++) {
      c = s.charCodeAt(i);
      if (c === 34 || c === 92) break;
      if (c <= 0x1f && strict) decodeError('Invalid control character at', doc, s, i);
    }
    if (i >= n) decodeError('Unterminated string starting at', doc, s, begin);
    if (c === 34) {
      scanEnd = i + 1;
      return chunkStart === end ? s.slice(end, i) : out + s.slice(chunkStart, i);
    }
    if (i > chunkStart) out += s.slice(chunkStart, i);
    i++;
    if (i === n) decodeError('Unterminated string starting at', doc, s, begin);
    c = s.charCodeAt(i);
    if (c !== 117) {
      let r: string;
      switch (c) {
        case 34: r = '"'; break;
        case 92: r = '\\'; break;
        case 47: r = '/'; break;
        case 98: r = '\b'; break;
        case 102: r = '\f'; break;
        case 110: r = '\n'; break;
        case 114: r = '\r'; break;
        case 116: r = '\t'; break;
        default: decodeError('Invalid \\escape', doc, s, i - 1);
      }
      out += r;
      i++;
      chunkStart = i;
      continue;
    }
    i++;
    let stop = i + 4;
    if (stop >= n) decodeError('Invalid \\uXXXX escape', doc, s, i - 1);
    let u = 0;
    for (; i < stop; i++) {
      const d = hexDigit(s.charCodeAt(i));
      if (d < 0) decodeError('Invalid \\uXXXX escape', doc, s, stop - 5);
      u = (u << 4) | d;
    }
    // A high surrogate followed by a \u escape of a low one is one code point.
    if (u >= 0xd800 && u <= 0xdbff && stop + 6 < n && s.charCodeAt(i) === 92 && s.charCodeAt(i + 1) === 117) {
      let j = i + 2;
      const stop2 = stop + 6;
      let u2 = 0;
      for (; j < stop2; j++) {
        const d = hexDigit(s.charCodeAt(j));
        if (d < 0) decodeError('Invalid \\uXXXX escape', doc, s, stop2 - 5);
        u2 = (u2 << 4) | d;
      }
      if (u2 >= 0xdc00 && u2 <= 0xdfff) {
        out += String.fromCharCode(u, u2);
        i = stop = stop2;
        chunkStart = i;
        continue;
      }
    }
    out += String.fromCharCode(u);
    chunkStart = i;
  }
}

class PyScanner extends PyObj {
  strict = true;
  objectHook: PyObject = None;
  pairsHook: PyObject = None;
  parseFloat: PyObject = None;
  parseInt: PyObject = None;
  parseConstant: PyObject = None;
}

/** One scan_once call: the document and the unit index after the last value scanned. */
class Scan {
  next = 0;
  constructor(readonly sc: PyScanner, readonly s: string, readonly doc: PyObject) {}

  /** The value starting at unit i (this.next is set past it), or StopIteration. */
  value(i: number): PyObject {
    const s = this.s;
    const n = s.length;
    if (i >= n) stopIteration(s, i);
    const c = s.charCodeAt(i);
    switch (c) {
      case 34: {
        const v = scanString(s, this.doc, i + 1, this.sc.strict);
        this.next = scanEnd;
        return v;
      }
      case 123:
        enterRecursive(IN_DECODE_OBJECT);
        try {
          return this.object(i + 1);
        } finally {
          leaveRecursive();
        }
      case 91:
        enterRecursive(IN_DECODE_ARRAY);
        try {
          return this.array(i + 1);
        } finally {
          leaveRecursive();
        }
      case 110:
        if (i + 3 < n && s.charCodeAt(i + 1) === 117 && s.charCodeAt(i + 2) === 108 && s.charCodeAt(i + 3) === 108) {
          this.next = i + 4;
          return None;
        }
        break;
      case 116:
        if (i + 3 < n && s.charCodeAt(i + 1) === 114 && s.charCodeAt(i + 2) === 117 && s.charCodeAt(i + 3) === 101) {
          this.next = i + 4;
          return true;
        }
        break;
      case 102:
        if (i + 4 < n && s.startsWith('alse', i + 1)) {
          this.next = i + 5;
          return false;
        }
        break;
      case 78:
        if (i + 2 < n && s.startsWith('aN', i + 1)) return this.constant('NaN', i + 3);
        break;
      case 73:
        if (i + 7 < n && s.startsWith('nfinity', i + 1)) return this.constant('Infinity', i + 8);
        break;
      case 45:
        if (i + 8 < n && s.startsWith('Infinity', i + 1)) return this.constant('-Infinity', i + 9);
        break;
    }
    return this.number(i);
  }

  constant(name: string, next: number): PyObject {
    const v = call(this.sc.parseConstant, [name]);
    this.next = next;
    return v;
  }

  array(i: number): PyObject {
    const items: PyObject[] = [];
    this.next = this.arrayItemsInto(items, i) + 1;
    return new PyList(items);
  }

  /** Pushes the values of the array whose text starts at i (after its '['); returns the index of
   *  its ']'. A loop kernel (docs/native-loops.md): the code after a long array's loop had never
   *  run when V8 compiled it there, and later arrays deoptimized at its end. */
  arrayItemsInto(items: PyObject[], i: number): number {
    const s = this.s;
    const n = s.length;
    while (i < n && isWs(s.charCodeAt(i))) i++;
    if (i < n && s.charCodeAt(i) === 93) return i;
    for (;;) {
      items.push(this.value(i));
      i = this.next;
      while (i < n && isWs(s.charCodeAt(i))) i++;
      if (i < n && s.charCodeAt(i) === 93) return i;
      if (i >= n || s.charCodeAt(i) !== 44) decodeError("Expecting ',' delimiter", this.doc, s, i);
      i++;
      while (i < n && isWs(s.charCodeAt(i))) i++;
    }
  }

  object(i: number): PyObject {
    const sc = this.sc;
    const pairs: PyObject[] | null = sc.pairsHook !== None ? [] : null;
    const result = pairs === null ? new PyDict() : null;
    this.next = this.objectEntriesInto(pairs, result, i) + 1;
    if (pairs !== null) return call(sc.pairsHook, [new PyList(pairs)]);
    if (sc.objectHook !== None) return call(sc.objectHook, [result!]);
    return result!;
  }

  /** Adds the entries of the object whose text starts at i (after its '{') to pairs (a
   *  (key, value) tuple each) or result; returns the index of its '}' (a loop kernel, as
   *  arrayItemsInto). */
  objectEntriesInto(pairs: PyObject[] | null, result: PyDict | null, i: number): number {
    const s = this.s;
    const n = s.length;
    const sc = this.sc;
    while (i < n && isWs(s.charCodeAt(i))) i++;
    if (i >= n || s.charCodeAt(i) !== 125) {
      for (;;) {
        if (i >= n || s.charCodeAt(i) !== 34) decodeError('Expecting property name enclosed in double quotes', this.doc, s, i);
        const key = scanString(s, this.doc, i + 1, sc.strict);
        i = scanEnd;
        while (i < n && isWs(s.charCodeAt(i))) i++;
        if (i >= n || s.charCodeAt(i) !== 58) decodeError("Expecting ':' delimiter", this.doc, s, i);
        i++;
        while (i < n && isWs(s.charCodeAt(i))) i++;
        const value = this.value(i);
        if (pairs !== null) pairs.push(new PyTuple([key, value]));
        else result!.setStr(key, value);
        i = this.next;
        while (i < n && isWs(s.charCodeAt(i))) i++;
        if (i < n && s.charCodeAt(i) === 125) return i;
        if (i >= n || s.charCodeAt(i) !== 44) decodeError("Expecting ',' delimiter", this.doc, s, i);
        i++;
        while (i < n && isWs(s.charCodeAt(i))) i++;
      }
    }
    return i;
  }

  /** CPython's _match_number_unicode. */
  number(start: number): PyObject {
    const s = this.s;
    const end = s.length - 1;
    let i = start;
    if (s.charCodeAt(i) === 45) {
      i++;
      if (i > end) stopIteration(s, start);
    }
    let c = s.charCodeAt(i);
    if (c >= 49 && c <= 57) {
      i++;
      while (i <= end && (c = s.charCodeAt(i)) >= 48 && c <= 57) i++;
    } else if (c === 48) i++;
    else stopIteration(s, start);
    let isFloat = false;
    if (i < end && s.charCodeAt(i) === 46 && (c = s.charCodeAt(i + 1)) >= 48 && c <= 57) {
      isFloat = true;
      i += 2;
      while (i <= end && (c = s.charCodeAt(i)) >= 48 && c <= 57) i++;
    }
    if (i < end && ((c = s.charCodeAt(i)) === 101 || c === 69)) {
      const eStart = i;
      i++;
      if (i < end && ((c = s.charCodeAt(i)) === 45 || c === 43)) i++;
      while (i <= end && (c = s.charCodeAt(i)) >= 48 && c <= 57) i++;
      c = s.charCodeAt(i - 1);
      if (c >= 48 && c <= 57) isFloat = true;
      else i = eStart;
    }
    this.next = i;
    const text = s.slice(start, i);
    const sc = this.sc;
    if (isFloat) {
      if (sc.parseFloat !== T.float) return call(sc.parseFloat, [text]);
      return newFloat(parseFloatText(text)!);
    }
    if (sc.parseInt !== T.int) return call(sc.parseInt, [text]);
    if (text.length < 16) {
      const v = Number(text);
      return v === 0 ? 0 : v;
    }
    return call(T.int, [text]);
  }
}

let scannerType: PyType;

function makeScannerType(): void {
  const t = (scannerType = makeBuiltinType('_json.Scanner', true));
  t.alloc = (cls) => new PyScanner(cls, null);
  defineNew(t, (cls, args, kwnames) => {
    const [ctx] = bindNative('make_scanner', ['context'], args, kwnames, 0, 1);
    const sc = new PyScanner(cls, null);
    sc.strict = isTrue(getAttr(ctx!, 'strict'));
    sc.objectHook = getAttr(ctx!, 'object_hook');
    sc.pairsHook = getAttr(ctx!, 'object_pairs_hook');
    sc.parseFloat = getAttr(ctx!, 'parse_float');
    sc.parseInt = getAttr(ctx!, 'parse_int');
    sc.parseConstant = getAttr(ctx!, 'parse_constant');
    return sc;
  });
  t.slots.call = (self, args, kwnames) => {
    const [str, idxObj] = bindNative('scan_once', ['string', 'idx'], args, kwnames, 0, 2);
    const s = strOf(str!);
    if (s === undefined) typeError(`first argument must be a string, not ${typeName(str!)}`);
    const idx = ssizeArg(idxObj!);
    if (idx < 0) throw newError(E.ValueError, 'idx cannot be negative');
    if (idx >= cpLength(s)) throw newException(E.StopIteration, [idx]);
    enterRecursive(IN_CALL);
    try {
      const scan = new Scan(self as PyScanner, s, str!);
      const v = scan.value(cpToUnit(s, idx));
      return new PyTuple([v, unitToCp(s, scan.next)]);
    } finally {
      leaveRecursive();
    }
  };
  const field = (get: (sc: PyScanner) => PyObject) => [(v: PyObject) => get(v as PyScanner), readonly] as [(v: PyObject) => PyObject, () => never];
  addGetSets(t, {
    strict: field((sc) => sc.strict),
    object_hook: field((sc) => sc.objectHook),
    object_pairs_hook: field((sc) => sc.pairsHook),
    parse_float: field((sc) => sc.parseFloat),
    parse_int: field((sc) => sc.parseInt),
    parse_constant: field((sc) => sc.parseConstant),
  });
}

function readonly(): never {
  throw newError(E.AttributeError, 'readonly attribute');
}

function scanstringFn(args: PyObject[], kwnames: string[] | null): PyObject {
  if (kwnames !== null && kwnames.length > 0) typeError('scanstring() takes no keyword arguments');
  if (args.length < 2 || args.length > 3) {
    typeError(`scanstring() takes at ${args.length < 2 ? 'least 2' : 'most 3'} arguments (${args.length} given)`);
  }
  const doc = args[0];
  const end = ssizeArg(args[1]);
  const strict = args.length < 3 ? true : isTrue(args[2]);
  const s = strOf(doc);
  if (s === undefined) typeError(`first argument must be a string, not ${typeName(doc)}`);
  if (end < 0 || end > cpLength(s)) throw newError(E.ValueError, 'end is out of bounds');
  const v = scanString(s, doc, cpToUnit(s, end), strict);
  return new PyTuple([v, unitToCp(s, scanEnd)]);
}

// --- encoding ---------------------------------------------------------------------------------

const PLAIN_ASCII = /^[\x20\x21\x23-\x5b\x5d-\x7e]*$/;
const PLAIN = /^[^\x00-\x1f"\\]*$/;
const HEX = '0123456789abcdef';

function escapeUnit(c: number): string {
  switch (c) {
    case 34: return '\\"';
    case 92: return '\\\\';
    case 8: return '\\b';
    case 12: return '\\f';
    case 10: return '\\n';
    case 13: return '\\r';
    case 9: return '\\t';
  }
  return '\\u' + HEX[(c >> 12) & 15] + HEX[(c >> 8) & 15] + HEX[(c >> 4) & 15] + HEX[c & 15];
}

/** The JSON text of s using ASCII only (each UTF-16 unit above U+007E as a \u escape). */
export function encodeAscii(s: string): string {
  if (PLAIN_ASCII.test(s)) return '"' + s + '"';
  let out = '"';
  let start = 0;
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x20 && c <= 0x7e && c !== 34 && c !== 92) continue;
    if (i > start) out += s.slice(start, i);
    out += escapeUnit(c);
    start = i + 1;
  }
  if (n > start) out += s.slice(start);
  return out + '"';
}

/** The JSON text of s, non-ASCII characters kept as they are. */
export function encodeUnicode(s: string): string {
  if (PLAIN.test(s)) return '"' + s + '"';
  let out = '"';
  let start = 0;
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x20 && c !== 34 && c !== 92) continue;
    if (i > start) out += s.slice(start, i);
    out += escapeUnit(c);
    start = i + 1;
  }
  if (n > start) out += s.slice(start);
  return out + '"';
}

function basestringFn(name: string, enc: (s: string) => string) {
  return nativeFunction(name, (args, kwnames) => {
    if ((kwnames !== null && kwnames.length > 0) || args.length !== 1) {
      typeError(`${name}() takes exactly one argument (${args.length} given)`);
    }
    const s = strOf(args[0]);
    if (s === undefined) typeError(`first argument must be a string, not ${typeName(args[0])}`);
    return enc(s);
  });
}

class PyEncoder extends PyObj {
  markers: PyObject = None;
  dflt: PyObject = None;
  encoder: PyObject = None;
  indentObj: PyObject = None;
  /** The indent string, or null for none. */
  indent: string | null = null;
  keySep = ': ';
  itemSep = ', ';
  sortKeys = false;
  skipKeys = false;
  allowNan = true;
  /** 1: encodeAscii, 2: encodeUnicode, 0: call `encoder`. */
  fast = 0;
}

let asciiFn: PyObject;
let unicodeFn: PyObject;

/** One encoder call: the text built so far and the containers being encoded. */
class Encode {
  out = '';
  readonly markers: Set<PyObject> | null;
  readonly where: string;
  constructor(readonly e: PyEncoder) {
    this.markers = e.markers === None ? null : new Set();
    this.where = e.indent === null ? IN_ENCODE : IN_CALL;
  }

  str(s: string, o: PyObject): string {
    const e = this.e;
    if (e.fast === 1) return encodeAscii(s);
    if (e.fast === 2) return encodeUnicode(s);
    const r = call(e.encoder, [o]);
    const t = strOf(r);
    if (t === undefined) typeError(`encoder() must return a string, not ${typeName(r)}`);
    return t;
  }

  float(o: PyFloat): string {
    const x = o.value;
    if (x - x === 0) return floatRepr(x);
    if (!this.e.allowNan) {
      if (this.e.indent === null) throw newError(E.ValueError, 'Out of range float values are not JSON compliant');
      throw newError(E.ValueError, 'Out of range float values are not JSON compliant: ' + repr(o));
    }
    return x > 0 ? 'Infinity' : x < 0 ? '-Infinity' : 'NaN';
  }

  /** Appends the JSON text of o (CPython's encoder_listencode_obj). */
  obj(o: PyObject, level: number): void {
    switch (typeof o) {
      case 'string':
        this.out += this.e.fast === 1 ? encodeAscii(o) : this.str(o, o);
        return;
      case 'number':
        this.out += String(o);
        return;
      case 'boolean':
        this.out += o ? 'true' : 'false';
        return;
      case 'bigint':
        this.out += intToDecimal(o);
        return;
    }
    if (o === None) this.out += 'null';
    else if (o instanceof PyFloat) this.out += this.float(o);
    else if (o instanceof PyList || o instanceof PyTuple) this.list(o, level);
    else if (o instanceof PyDict) this.dict(o, level);
    else if (o instanceof PyStr) this.out += this.str(o.value, o);
    else if (o instanceof PyIntObj) this.out += intToDecimal(o.value);
    else {
      const markers = this.markers;
      if (markers !== null) {
        if (markers.has(o)) throw newError(E.ValueError, 'Circular reference detected');
        markers.add(o);
      }
      const v = call(this.e.dflt, [o]);
      enterRecursive(this.where);
      try {
        this.obj(v, level);
      } finally {
        leaveRecursive();
      }
      if (markers !== null) markers.delete(o);
    }
  }

  /** Appends one item of a container, a level of recursion deeper. */
  item(v: PyObject, level: number): void {
    switch (typeof v) {
      case 'string':
        if (this.e.fast === 1) {
          checkRecursive(this.where);
          this.out += PLAIN_ASCII.test(v) ? '"' + v + '"' : encodeAscii(v);
          return;
        }
        break;
      case 'number':
        checkRecursive(this.where);
        this.out += String(v);
        return;
    }
    enterRecursive(this.where);
    try {
      this.obj(v, level);
    } finally {
      leaveRecursive();
    }
  }

  list(o: PyList | PyTuple, level: number): void {
    const indent = this.e.indent;
    // PySequence_Fast: an exact list or tuple directly, a subclass through its iterator.
    const items = o.cls === T.list || o.cls === T.tuple ? o.items : iterateGeneric(getIter(o));
    if (items.length === 0) {
      this.out += '[]';
      return;
    }
    const markers = this.markers;
    if (markers !== null) {
      if (markers.has(o)) throw newError(E.ValueError, 'Circular reference detected');
      markers.add(o);
    }
    let sep = this.e.itemSep;
    if (indent === null) this.out += '[';
    else {
      level++;
      const newline = '\n' + indent.repeat(level);
      sep += newline;
      this.out += '[' + newline;
    }
    for (let i = 0; i < items.length; i++) {
      if (i > 0) this.out += sep;
      this.item(items[i], level);
    }
    if (indent !== null) this.out += '\n' + indent.repeat(level - 1);
    this.out += ']';
    if (markers !== null) markers.delete(o);
  }

  dict(o: PyDict, level: number): void {
    if (o.size === 0) {
      this.out += '{}';
      return;
    }
    const e = this.e;
    const markers = this.markers;
    if (markers !== null) {
      if (markers.has(o)) throw newError(E.ValueError, 'Circular reference detected');
      markers.add(o);
    }
    const indent = e.indent;
    let sep = e.itemSep;
    if (indent === null) this.out += '{';
    else {
      level++;
      const newline = '\n' + indent.repeat(level);
      sep += newline;
      this.out += '{' + newline;
    }
    let first = true;
    if (o.cls === T.dict && !e.sortKeys) {
      // The live entries in order (as CPython's PyDict_Items would list them: a dict changed
      // while its values are encoded is read as it is now).
      for (let i = 0; i < o.keys.length; i++) {
        const k = o.keys[i];
        if (k === DELETED) continue;
        const ks = this.key(k);
        if (ks === undefined) continue;
        if (first) first = false;
        else this.out += sep;
        this.out += ks;
        this.item(o.values[i], level);
      }
    } else {
      const items = o.cls === T.dict ? new PyList(Array.from(o.entries(), (kv) => new PyTuple(kv))) : itemsList(o);
      if (e.sortKeys) listSort(items, None, false);
      for (const item of items.items) {
        if (!(item instanceof PyTuple) || item.items.length !== 2) throw newError(E.ValueError, 'items must return 2-tuples');
        const ks = this.key(item.items[0]);
        if (ks === undefined) continue;
        if (first) first = false;
        else this.out += sep;
        this.out += ks;
        this.item(item.items[1], level);
      }
    }
    if (indent !== null) this.out += '\n' + indent.repeat(level - 1);
    this.out += '}';
    if (markers !== null) markers.delete(o);
  }

  /** The encoded key and key separator for dict key k; undefined to skip it (skipkeys). */
  key(k: PyObject): string | undefined {
    let s: string;
    let ko: PyObject;
    switch (typeof k) {
      case 'string':
        if (this.e.fast === 1 && PLAIN_ASCII.test(k)) return '"' + k + '"' + this.e.keySep;
        s = k;
        ko = k;
        break;
      case 'number':
        s = ko = String(k);
        break;
      case 'bigint':
        s = ko = intToDecimal(k);
        break;
      case 'boolean':
        s = ko = k ? 'true' : 'false';
        break;
      default:
        if (k instanceof PyStr) {
          s = k.value;
          ko = k;
        } else if (k instanceof PyFloat) s = ko = this.float(k);
        else if (k === None) s = ko = 'null';
        else if (k instanceof PyIntObj) s = ko = intToDecimal(k.value);
        else if (this.e.skipKeys) return undefined;
        else typeError(`keys must be str, int, float, bool or None, not ${typeName(k)}`);
    }
    return this.str(s, ko) + this.e.keySep;
  }
}

/** PyMapping_Items of a dict subclass: list(o.items()). */
function itemsList(o: PyObject): PyList {
  const r = call(getAttr(o, 'items'), []);
  let it: PyObject;
  try {
    it = getIter(r);
  } catch (err) {
    if (err instanceof PyObj && (err as { cls: PyType }).cls === E.TypeError) {
      typeError(`${typeName(o)}.items() returned a non-iterable (type ${typeName(r)})`);
    }
    throw err;
  }
  const out: PyObject[] = [];
  for (let v = iterNext(it); v !== undefined; v = iterNext(it)) out.push(v);
  return new PyList(out);
}

const ENCODER_PARAMS = ['markers', 'default', 'encoder', 'indent', 'key_separator', 'item_separator', 'sort_keys', 'skipkeys', 'allow_nan'];

let encoderType: PyType;

function makeEncoderType(): void {
  const t = (encoderType = makeBuiltinType('_json.Encoder', true));
  t.alloc = (cls) => new PyEncoder(cls, null);
  defineNew(t, (cls, args, kwnames) => {
    const a = bindNative('make_encoder', ENCODER_PARAMS, args, kwnames, 0, 9);
    const e = new PyEncoder(cls, null);
    const markers = a[0]!;
    if (markers !== None && !(markers instanceof PyDict)) {
      typeError(`make_encoder() argument 1 must be dict or None, not ${typeName(markers)}`);
    }
    const keySep = strOf(a[4]!);
    if (keySep === undefined) typeError(`make_encoder() argument 5 must be str, not ${typeName(a[4]!)}`);
    const itemSep = strOf(a[5]!);
    if (itemSep === undefined) typeError(`make_encoder() argument 6 must be str, not ${typeName(a[5]!)}`);
    e.markers = markers;
    e.dflt = a[1]!;
    e.encoder = a[2]!;
    e.fast = a[2] === asciiFn ? 1 : a[2] === unicodeFn ? 2 : 0;
    e.indentObj = a[3]!;
    const ind = a[3]!;
    if (ind !== None) {
      const s = strOf(ind);
      e.indent = s !== undefined ? s : typeof ind === 'number' ? ' '.repeat(Math.max(0, ind)) : null;
    }
    e.keySep = keySep;
    e.itemSep = itemSep;
    e.sortKeys = isTrue(a[6]!);
    e.skipKeys = isTrue(a[7]!);
    e.allowNan = isTrue(a[8]!);
    return e;
  });
  t.slots.call = (self, args, kwnames) => {
    const [obj, lvl] = bindNative('_iterencode', ['obj', '_current_indent_level'], args, kwnames, 0, 2);
    const level = ssizeArg(lvl!);
    enterRecursive(IN_CALL);
    try {
      const enc = new Encode(self as PyEncoder);
      enc.obj(obj!, level);
      return new PyList([enc.out]);
    } finally {
      leaveRecursive();
    }
  };
  const field = (get: (e: PyEncoder) => PyObject) => [(v: PyObject) => get(v as PyEncoder), readonly] as [(v: PyObject) => PyObject, () => never];
  addGetSets(t, {
    markers: field((e) => e.markers),
    default: field((e) => e.dflt),
    encoder: field((e) => e.encoder),
    indent: field((e) => e.indentObj),
    key_separator: field((e) => e.keySep),
    item_separator: field((e) => e.itemSep),
    sort_keys: field((e) => e.sortKeys),
    skipkeys: field((e) => e.skipKeys),
  });
}

export function makeJsonModule(): PyModule {
  const mod = new PyModule('_json');
  const d = mod.dict;
  d.setStr('__doc__', 'json speedups\n');
  if (scannerType === undefined) makeScannerType();
  if (encoderType === undefined) makeEncoderType();
  if (asciiFn === undefined) {
    asciiFn = basestringFn('encode_basestring_ascii', encodeAscii);
    unicodeFn = basestringFn('encode_basestring', encodeUnicode);
  }
  d.setStr('encode_basestring_ascii', asciiFn);
  d.setStr('encode_basestring', unicodeFn);
  d.setStr('scanstring', nativeFunction('scanstring', scanstringFn));
  d.setStr('make_scanner', scannerType);
  d.setStr('make_encoder', encoderType);
  return mod;
}
