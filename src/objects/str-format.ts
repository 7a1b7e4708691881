// str.format / str.format_map (CPython's Objects/stringlib/unicode_format.h: MarkupIterator,
// field_name_split, FieldNameIterator), format(value, spec) (PyObject_Format) and
// str.__format__. The parser follows CPython's scanning order so that malformed strings
// raise the same errors at the same point.

import type { PyObject } from './object.js';
import { PyDict } from './dict.js';
import { T } from './types.js';
import { E, newError } from './exception.js';
import { typeOf, typeName, getAttr, call, str as protoStr, repr as protoRepr, getItem as protoGetItem } from './protocol.js';
import { PyMethodDescriptor } from './native.js';
import { strValue, asciiOf, cpLength, cpSlice, valueError, typeError, flatStr } from './str.js';
import { decimalValue } from './str-unicode.js';
import { parseFormatSpec, padAndAlign, unknownFormatCode } from './format-spec.js';
import { intFormat, floatFormat } from './number-format.js';
import { PyFloat } from './float.js';
import { StrMemo } from './str-memo.js';
import { strResultOf } from './slot-wrappers.js';

/** str.__format__(spec): fill, alignment, width and precision (truncation) only. */
export function formatStrSpec(s: string, spec: string, tname = 'str'): string {
  if (spec.length === 0) return s;
  const f = parseFormatSpec(spec, tname, '<', 's');
  if (f.type !== 's') unknownFormatCode(f.type, tname);
  if (f.sign === ' ') valueError('Space not allowed in string format specifier');
  if (f.sign !== '') valueError('Sign not allowed in string format specifier');
  if (f.noNegZero) valueError('Negative zero coercion (z) not allowed in string format specifier');
  if (f.alternate) valueError('Alternate form (#) not allowed in string format specifier');
  if (f.align === '=') valueError("'=' alignment not allowed in string format specifier");
  let len = cpLength(s);
  if (f.precision >= 0 && len > f.precision) {
    s = cpSlice(s, 0, f.precision);
    len = f.precision;
  }
  return padAndAlign(s, f.width, f.fill, f.align, len);
}

/** format(v, spec): v's __format__ (str values directly), whose result must be a str. */
export function formatValue(v: PyObject, spec: string): string {
  if (typeof v === 'string') return spec.length === 0 ? v : formatStrSpec(v, spec);
  // int and float (exact: their __format__ cannot be replaced) without the method call.
  if (typeof v === 'number') return intFormat(v, spec);
  if (v instanceof PyFloat && v.cls === T.float) return floatFormat(v, spec);
  const r = formatObjectResult(v, spec);
  return typeof r === 'string' ? r : strValue(r)!;
}

/**
 * PyObject_Format(v, spec) for a non-primitive: what its __format__ returned, as is (an
 * instance of a str subclass stays one; format() returns it).
 */
export function formatObjectResult(v: PyObject, spec: string): PyObject {
  const t = typeOf(v);
  const m = t.lookup('__format__');
  if (m === undefined) {
    // object.__format__
    if (spec.length !== 0) typeError(`unsupported format string passed to ${t.name}.__format__`);
    return strResultOf(v, 'str');
  }
  let r: PyObject;
  if (m instanceof PyMethodDescriptor) r = m.fn(v, [spec], null);
  else {
    const get = typeOf(m).slots.descrGet;
    r = get !== undefined ? call(get(m, v, t), [spec]) : call(m, [spec]);
  }
  if (typeof r !== 'string' && strValue(r) === undefined) typeError(`__format__ must return a str, not ${typeName(r)}`);
  return r;
}

/**
 * PyObject_Format(v, spec) as a whole result: a class's __format__ result as is (an instance
 * of a str subclass stays one), anything else as formatValue's string. CPython passes such a
 * result on when it is all of the output of an f-string, a str.format or a str % (see there).
 */
export function formatResult(v: PyObject, spec: string): PyObject {
  if (typeof v === 'object' && typeOf(v).isHeapType) return formatObjectResult(v, spec);
  return formatValue(v, spec);
}

/** The !r / !s / !a conversion of a replacement field (also used by f-strings). */
export function convertField(v: PyObject, conversion: string): string {
  switch (conversion) {
    case 'r': return protoRepr(v);
    case 's': return protoStr(v);
    case 'a': return asciiOf(v);
  }
  const cp = conversion.codePointAt(0)!;
  valueError(cp > 32 && cp < 127 ? `Unknown conversion specifier ${conversion}` : `Unknown conversion specifier \\x${cp.toString(16)}`);
}

const enum Numbering { Init, Auto, Manual }
interface AutoNumber {
  state: Numbering;
  next: number;
}

/** str.format(*args, **kwargs); kwargs null when there are none. */
export function strFormat(fmt: string, args: PyObject[], kwargs: PyDict | null): PyObject {
  const t = formatTemplateOf(fmt);
  if (t !== null) return runFormatTemplate(t, args, kwargs);
  return build(fmt, args, kwargs, 2, { state: Numbering.Init, next: 0 }, true);
}

// ---- parsed format strings ----
// A format whose fields are all plain ('{}', '{0}', '{name}', with an optional !r/!s/!a and a
// spec without nested fields), numbered consistently, and that scans without error, is parsed
// once and kept: its literal pieces and fields. Running it looks the fields up and formats them
// in order, as `build` does (the same lookups, errors and __format__ calls); any other format
// goes through `build`.

class FormatField {
  constructor(
    /** The positional index, or -1 for a keyword field. */
    readonly index: number,
    readonly name: string,
    /** '', 'r', 's' or 'a'. */
    readonly conversion: string,
    readonly spec: string,
  ) {}
}

class FormatTemplate {
  constructor(readonly lits: string[], readonly fields: FormatField[]) {}
}

const FORMAT_TEMPLATE_LEN = 1000;
const formatTemplates = new StrMemo<FormatTemplate | null>(1024, (fmt) => parseFormatTemplate(fmt));
const PLAIN_NAME = /^(?:[0-9]{1,15}|[A-Za-z_][A-Za-z0-9_]*)?$/;

function formatTemplateOf(fmt: string): FormatTemplate | null {
  return fmt.length > FORMAT_TEMPLATE_LEN ? null : formatTemplates.get(fmt);
}

function parseFormatTemplate(fmt: string): FormatTemplate | null {
  const n = fmt.length;
  const lits: string[] = [];
  const fields: FormatField[] = [];
  let lit = '';
  let auto = 0;
  let numbering = Numbering.Init;
  let i = 0;
  while (i < n) {
    const c = fmt.charCodeAt(i);
    if (c === 0x7d) {
      if (fmt.charCodeAt(i + 1) !== 0x7d) return null;
      lit += '}';
      i += 2;
      continue;
    }
    if (c !== 0x7b) {
      let j = i + 1;
      while (j < n && fmt.charCodeAt(j) !== 0x7b && fmt.charCodeAt(j) !== 0x7d) j++;
      lit += fmt.slice(i, j);
      i = j;
      continue;
    }
    if (fmt.charCodeAt(i + 1) === 0x7b) {
      lit += '{';
      i += 2;
      continue;
    }
    let j = i + 1;
    while (j < n) {
      const d = fmt.charCodeAt(j);
      if (d === 0x7d || d === 0x3a || d === 0x21) break;
      j++;
    }
    if (j >= n) return null;
    const name = fmt.slice(i + 1, j);
    if (!PLAIN_NAME.test(name)) return null;
    let conversion = '';
    if (fmt.charCodeAt(j) === 0x21) {
      conversion = fmt.charAt(j + 1);
      if (conversion !== 'r' && conversion !== 's' && conversion !== 'a') return null;
      j += 2;
      const d = fmt.charCodeAt(j);
      if (d !== 0x7d && d !== 0x3a) return null;
    }
    let spec = '';
    if (fmt.charCodeAt(j) === 0x3a) {
      const start = j + 1;
      j = start;
      while (j < n && fmt.charCodeAt(j) !== 0x7d) {
        if (fmt.charCodeAt(j) === 0x7b) return null;
        j++;
      }
      if (j >= n) return null;
      spec = fmt.slice(start, j);
    }
    // fmt[j] is the closing '}'.
    let index = -1;
    if (name === '') {
      if (numbering === Numbering.Manual) return null;
      numbering = Numbering.Auto;
      index = auto++;
    } else if (name.charCodeAt(0) <= 0x39) {
      if (numbering === Numbering.Auto) return null;
      numbering = Numbering.Manual;
      index = Number(name);
    }
    fields.push(new FormatField(index, name, conversion, spec));
    lits.push(lit);
    lit = '';
    i = j + 1;
  }
  lits.push(lit);
  return new FormatTemplate(lits, fields);
}

/** build(fmt, args, kwargs, ...) for a parsed fmt. */
function runFormatTemplate(t: FormatTemplate, args: PyObject[], kwargs: PyDict | null): PyObject {
  const fields = t.fields;
  const lits = t.lits;
  let out = lits[0];
  for (let k = 0; k < fields.length; k++) {
    const f = fields[k];
    let obj: PyObject;
    const index = f.index;
    if (index >= 0) {
      if (index >= args.length) throw newError(E.IndexError, `Replacement index ${index} out of range for positional args tuple`);
      obj = args[index];
    } else {
      const v = kwargs === null ? undefined : kwargs.cls === T.dict ? kwargs.getStr(f.name) : getItem(kwargs, f.name);
      if (v === undefined) throw newError(E.KeyError, f.name);
      obj = v;
    }
    if (f.conversion !== '') obj = convertField(obj, f.conversion);
    // A field that is the whole format: its __format__ result as is (see formatResult).
    if (fields.length === 1 && out === '' && lits[1] === '') return formatResult(obj, f.spec);
    out += formatValue(obj, f.spec);
    out += lits[k + 1];
  }
  return flatStr(out);
}

/** str.format_map(mapping) */
export function strFormatMap(fmt: string, mapping: PyObject): PyObject {
  return build(fmt, null, mapping, 2, { state: Numbering.Init, next: 0 }, true);
}

/**
 * The formatted string; with `whole`, a last field that is all of the output gives its
 * __format__ result as is (see formatResult).
 */
function build(fmt: string, args: PyObject[] | null, kwargs: PyObject | null, depth: number, auto: AutoNumber, whole = false): PyObject {
  if (depth <= 0) valueError('Max string recursion exceeded');
  const n = fmt.length;
  let out = '';
  let i = 0;
  while (i < n) {
    const start = i;
    let c = '';
    let markup = false;
    while (i < n) {
      const k = fmt.charCodeAt(i++);
      if (k === 0x7b || k === 0x7d) {
        c = k === 0x7b ? '{' : '}';
        markup = true;
        break;
      }
    }
    const atEnd = i >= n;
    let litEnd = i;
    if (c === '}' && markup && (atEnd || fmt[i] !== '}')) valueError("Single '}' encountered in format string");
    if (atEnd && markup && c === '{') valueError("Single '{' encountered in format string");
    if (markup && !atEnd) {
      if (fmt[i] === c) {
        i++;
        markup = false;
      } else litEnd--;
    }
    out += fmt.slice(start, litEnd);
    if (!markup) continue;
    // parse_field
    const nameStart = i;
    let t = '';
    while (i < n) {
      t = fmt[i++];
      if (t === '{') valueError("unexpected '{' in field name");
      if (t === '[') {
        while (i < n && fmt[i] !== ']') i++;
        continue;
      }
      if (t === '}' || t === ':' || t === '!') break;
    }
    const fieldName = fmt.slice(nameStart, i - 1);
    let conversion = '';
    let spec = '';
    let expand = false;
    if (t === '!' || t === ':') {
      let done = false;
      if (t === '!') {
        if (i >= n) valueError('end of string while looking for conversion specifier');
        const cp = fmt.codePointAt(i)!;
        conversion = String.fromCodePoint(cp);
        i += conversion.length;
        if (i < n) {
          const d = fmt[i++];
          if (d === '}') done = true;
          else if (d !== ':') valueError("expected ':' after conversion specifier");
        }
      }
      if (!done) {
        const specStart = i;
        let count = 1;
        let closed = false;
        while (i < n) {
          const d = fmt[i++];
          if (d === '{') {
            expand = true;
            count++;
          } else if (d === '}') {
            count--;
            if (count === 0) {
              spec = fmt.slice(specStart, i - 1);
              closed = true;
              break;
            }
          }
        }
        if (!closed) valueError("unmatched '{' in format spec");
      }
    } else if (t !== '}') {
      valueError("expected '}' before end of string");
    }
    let obj = fieldObject(fieldName, args, kwargs, auto);
    if (conversion !== '') obj = convertField(obj, conversion);
    if (expand) spec = build(spec, args, kwargs, depth - 1, auto) as string;
    if (whole && out === '' && i >= n) return formatResult(obj, spec);
    out += formatValue(obj, spec);
  }
  return whole ? flatStr(out) : out;
}

/** CPython's get_integer: the value of an all-decimal-digit string, or -1. */
function getInteger(s: string): number {
  if (s.length === 0) return -1;
  let v = 0;
  for (const ch of s) {
    const d = decimalValue(ch.codePointAt(0)!);
    if (d < 0) return -1;
    if (v > (9223372036854775807 - d) / 10) valueError('Too many decimal digits in format string');
    v = v * 10 + d;
  }
  return v;
}

function getItem(obj: PyObject, key: PyObject): PyObject {
  const f = typeOf(obj).slots.getitem;
  if (f !== undefined) return f(obj, key);
  if (obj instanceof PyDict) {
    const v = obj.get(key);
    if (v === undefined) throw newError(E.KeyError, key as string);
    return v;
  }
  return protoGetItem(obj, key); // a class's __class_getitem__, else the error
}

function fieldObject(name: string, args: PyObject[] | null, kwargs: PyObject | null, auto: AutoNumber): PyObject {
  let i = 0;
  while (i < name.length && name[i] !== '.' && name[i] !== '[') i++;
  const first = name.slice(0, i);
  let index = getInteger(first);
  const empty = first.length === 0;
  const numeric = empty || index !== -1;
  if (numeric) {
    if (auto.state === Numbering.Init) auto.state = empty ? Numbering.Auto : Numbering.Manual;
    if (auto.state === Numbering.Manual && empty) {
      valueError('cannot switch from manual field specification to automatic field numbering');
    }
    if (auto.state === Numbering.Auto && !empty) {
      valueError('cannot switch from automatic field numbering to manual field specification');
    }
    if (empty) index = auto.next++;
  }
  let obj: PyObject;
  if (index === -1) {
    if (kwargs === null) throw newError(E.KeyError, first);
    if (kwargs instanceof PyDict && kwargs.cls === T.dict) {
      const v = kwargs.getStr(first);
      if (v === undefined) throw newError(E.KeyError, first);
      obj = v;
    } else obj = getItem(kwargs, first);
  } else {
    if (args === null) valueError('Format string contains positional fields');
    if (index >= args.length) throw newError(E.IndexError, `Replacement index ${index} out of range for positional args tuple`);
    obj = args[index];
  }
  const n = name.length;
  while (i < n) {
    const c = name[i++];
    let part: string;
    if (c === '.') {
      const s = i;
      while (i < n && name[i] !== '.' && name[i] !== '[') i++;
      part = name.slice(s, i);
      if (part.length === 0) valueError('Empty attribute in format string');
      obj = getAttr(obj, part);
    } else if (c === '[') {
      const s = i;
      while (i < n && name[i] !== ']') i++;
      if (i >= n) valueError("Missing ']' in format string");
      part = name.slice(s, i++);
      const idx = getInteger(part);
      if (part.length === 0) valueError('Empty attribute in format string');
      obj = getItem(obj, idx === -1 ? part : idx);
    } else {
      valueError("Only '.' or '[' may follow ']' in format field specifier");
    }
  }
  return obj;
}
