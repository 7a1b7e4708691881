// str.translate and str.maketrans: per-code-point mapping through any subscriptable table.

import type { PyObject } from './object.js';
import { PyDict } from './dict.js';
import { T } from './types.js';
import { E, isPyException } from './exception.js';
import { None } from './singletons.js';
import { typeOf, typeName, getItem as protoGetItem, argTypeName } from './protocol.js';
import { strValue, cpLength, posArgs, typeError, valueError } from './str.js';

function isLookupError(e: unknown): boolean {
  return isPyException(e) && typeOf(e).isSubtype(E.LookupError);
}

function getItem(obj: PyObject, key: PyObject): PyObject {
  const f = typeOf(obj).slots.getitem;
  if (f === undefined) return protoGetItem(obj, key); // a class's __class_getitem__, else the error
  return f(obj, key);
}

/** What translating code point cp (the str ch) gives: its replacement, or null for ch itself. */
function translateOne(table: PyObject, fastDict: PyDict | null, cp: number, ch: string): string | null {
  let v: PyObject | undefined;
  if (fastDict !== null) v = fastDict.get(cp);
  else {
    try {
      v = getItem(table, cp);
    } catch (e) {
      if (!isLookupError(e)) throw e;
      v = undefined;
    }
  }
  let r: string;
  if (v === undefined) return null;
  else if (v === None) r = '';
  else if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean') {
    const n = Number(v);
    if (n < 0 || n > 0x10ffff) valueError('character mapping must be in range(0x110000)');
    r = String.fromCodePoint(n);
  } else {
    const sv = strValue(v);
    if (sv === undefined) typeError('character mapping must return integer, None or str');
    r = sv;
  }
  return r === ch ? null : r;
}

/**
 * A table that is not an exact dict may see its lookups (a __getitem__ that prints or counts):
 * they happen as CPython makes them. An ASCII string is first translated with a cache of what
 * each ASCII character gave, until a lookup gives what the cache cannot hold (a str that is not
 * one ASCII character, an int past 127); from that character on every character is looked up
 * each time it comes, and a character deleted (None) is followed by lookups of the next ones
 * until one is not deleted (that one is then looked up again).
 */
function translateObserved(s: string, table: PyObject): string {
  const cps: number[] = [];
  for (const ch of s) cps.push(ch.codePointAt(0)!);
  const n = cps.length;
  let out = '';
  let i = 0;
  if (cps.every((c) => c < 128)) {
    const cache: (string | undefined)[] = new Array(128);
    for (; i < n; i++) {
      const c = cps[i];
      let r = cache[c];
      if (r === undefined) {
        const v = lookupChecked(table, c);
        if (v === undefined) r = String.fromCharCode(c);
        else if (v === None) r = '';
        else if (typeof v === 'string') {
          if (v.length !== 1 || v.charCodeAt(0) > 127) break;
          r = v;
        } else {
          const code = Number(v);
          if (code > 127) break;
          r = String.fromCharCode(code);
        }
        cache[c] = r;
      }
      out += r;
    }
  }
  while (i < n) {
    const v = lookupChecked(table, cps[i]);
    if (v !== None) {
      out += v === undefined ? String.fromCodePoint(cps[i]) : typeof v === 'string' ? v : String.fromCodePoint(Number(v));
      i++;
      continue;
    }
    let end = i + 1;
    while (end < n && lookupChecked(table, cps[end]) === None) end++;
    i = end;
  }
  return out;
}

/** The table's entry for cp (undefined: none), checked as CPython's charmaptranslate_lookup. */
function lookupChecked(table: PyObject, cp: number): PyObject | string | undefined {
  let v: PyObject;
  try {
    v = getItem(table, cp);
  } catch (e) {
    if (!isLookupError(e)) throw e;
    return undefined;
  }
  if (v === None) return None;
  if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean') {
    const n = Number(v);
    if (n < 0 || n > 0x10ffff) valueError('character mapping must be in range(0x110000)');
    return n;
  }
  const sv = strValue(v);
  if (sv === undefined) typeError('character mapping must return integer, None or str');
  return sv;
}

export function strTranslate(s: string, table: PyObject): string {
  const fastDict = table instanceof PyDict && table.cls === T.dict ? table : null;
  if (fastDict === null) return translateObserved(s, table);
  // Each code point is looked up once (ASCII in an array, the rest in a Map); runs of
  // unchanged characters are copied by slices.
  const ascii: (string | null | undefined)[] = new Array(128);
  let cache: Map<number, string | null> | null = null;
  let out = '';
  let run = 0;
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    let r: string | null | undefined;
    let width = 1;
    if (c < 128) {
      r = ascii[c];
      if (r === undefined) r = ascii[c] = translateOne(table, fastDict, c, s[i]);
    } else {
      let cp = c;
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
        const d = s.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          cp = ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
          width = 2;
        }
      }
      cache ??= new Map();
      r = cache.get(cp);
      if (r === undefined) {
        r = translateOne(table, fastDict, cp, s.slice(i, i + width));
        cache.set(cp, r);
      }
    }
    if (r !== null) {
      out += s.slice(run, i) + r;
      run = i + width;
    }
    i += width - 1;
  }
  return run === 0 ? s : out + s.slice(run);
}

export function maketrans(args: PyObject[], kwnames: string[] | null): PyObject {
  posArgs('str.maketrans', 'maketrans', args, kwnames, 1, 3);
  const [x, y, z] = args;
  const out = new PyDict();
  if (y !== undefined) {
    const ys = strValue(y);
    if (ys === undefined) typeError(`maketrans() argument 2 must be str, not ${argTypeName(y)}`);
    let zs = '';
    if (z !== undefined) {
      const v = strValue(z);
      if (v === undefined) typeError(`maketrans() argument 3 must be str, not ${argTypeName(z)}`);
      zs = v;
    }
    const xs = strValue(x);
    if (xs === undefined) typeError('first maketrans argument must be a string if there is a second argument');
    const xc = Array.from(xs);
    const yc = Array.from(ys);
    if (xc.length !== yc.length) valueError('the first two maketrans arguments must have equal length');
    for (let i = 0; i < xc.length; i++) out.set(xc[i].codePointAt(0)!, yc[i].codePointAt(0)!);
    for (const ch of zs) out.set(ch.codePointAt(0)!, None);
    return out;
  }
  // (An exact dict: PyDict_CheckExact.)
  if (!(x instanceof PyDict && x.cls === T.dict)) typeError('if you give only one argument to maketrans it must be a dict');
  for (const [k, v] of x.entries()) {
    const ks = strValue(k);
    if (ks !== undefined) {
      if (cpLength(ks) !== 1) valueError('string keys in translate table must be of length 1');
      out.set(ks.codePointAt(0)!, v);
    } else if (typeof k === 'number' || typeof k === 'bigint' || typeof k === 'boolean') {
      out.set(k, v);
    } else typeError('keys in translate table must be strings or integers');
  }
  return out;
}
