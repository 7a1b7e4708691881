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

export function strTranslate(s: string, table: PyObject): string {
  const cache = new Map<number, string>();
  const fastDict = table instanceof PyDict && table.cls === T.dict ? table : null;
  let out = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    let r = cache.get(cp);
    if (r === undefined) {
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
      if (v === undefined) r = ch;
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
      cache.set(cp, r);
    }
    out += r;
  }
  return out;
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
  if (!(x instanceof PyDict)) typeError('if you give only one argument to maketrans it must be a dict');
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
