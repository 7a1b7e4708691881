// Whole-subject operations for exact str subjects, done natively so that a subject with
// thousands of matches costs no Python-level loop: findall, split and sub with a template
// (literal text and group references). All of them walk the successive matches with sre's
// empty-match rule (`scanMatches`). lib/re.py uses the Python versions for other subjects
// (bytes, str subclasses) and for callable replacements.

import type { PyObject } from '../../objects/object.js';
import { PyList, PyTuple } from '../../objects/tuple.js';
import { None } from '../../objects/singletons.js';
import { cpSlice } from '../../objects/str.js';
import type { Program } from './compile.js';
import { matchAt, Mode } from './match.js';

/** The successive non-overlapping matches from pos (at most `limit`; 0: all). */
export function scanMatches(prog: Program, codes: Int32Array, pos: number, end: number, limit: number): Int32Array[] {
  const out: Int32Array[] = [];
  let mustAdvance = false;
  while (limit <= 0 || out.length < limit) {
    const m = matchAt(prog, codes, pos, end, Mode.Search, mustAdvance);
    if (m === null) break;
    out.push(m);
    mustAdvance = m[1] === m[0];
    pos = m[1];
  }
  return out;
}

function group(s: string, m: Int32Array, g: number, dflt: PyObject): PyObject {
  const a = m[2 * g];
  const b = m[2 * g + 1];
  return a < 0 || b < 0 ? dflt : cpSlice(s, a, b);
}

// The loops over the matches are kernels of their own (docs/native-loops.md): what follows a
// loop (the last piece, the result object) is done by the caller.

export function findallStr(prog: Program, s: string, codes: Int32Array, pos: number, end: number): PyList {
  const ms = scanMatches(prog, codes, pos, end, 0);
  return new PyList(foundItems(s, ms, prog.groups - 1));
}

/** findall's items: each match's text, its one group's, or a tuple of its groups' (a kernel). */
function foundItems(s: string, ms: Int32Array[], groups: number): PyObject[] {
  const out: PyObject[] = new Array(ms.length);
  for (let i = 0; i < ms.length; i++) {
    const m = ms[i];
    if (groups === 0) out[i] = cpSlice(s, m[0], m[1]);
    else if (groups === 1) out[i] = group(s, m, 1, '');
    else {
      const items: PyObject[] = new Array(groups);
      for (let g = 1; g <= groups; g++) items[g - 1] = group(s, m, g, '');
      out[i] = new PyTuple(items);
    }
  }
  return out;
}

export function splitStr(prog: Program, s: string, codes: Int32Array, maxsplit: number): PyList {
  const ms = scanMatches(prog, codes, 0, codes.length, maxsplit);
  const out: PyObject[] = [];
  const last = splitPieces(out, s, ms, prog.groups - 1);
  out.push(cpSlice(s, last, codes.length));
  return new PyList(out);
}

/** Pushes the text before each match and the match's groups (a kernel); returns where the
 *  text after the last match starts. */
function splitPieces(out: PyObject[], s: string, ms: Int32Array[], groups: number): number {
  let last = 0;
  for (let i = 0; i < ms.length; i++) {
    const m = ms[i];
    out.push(cpSlice(s, last, m[0]));
    for (let g = 1; g <= groups; g++) out.push(group(s, m, g, None));
    last = m[1];
  }
  return last;
}

/** Template parts: a string is literal text, a number a group whose text (or '') goes there. */
export function subStr(prog: Program, s: string, codes: Int32Array, parts: (string | number)[], count: number): PyTuple {
  const ms = scanMatches(prog, codes, 0, codes.length, count);
  if (ms.length === 0) return new PyTuple([s, 0]);
  const out: string[] = [];
  const last = substitutePieces(out, s, ms, parts);
  if (last < codes.length) out.push(cpSlice(s, last, codes.length));
  return new PyTuple([out.join(''), ms.length]);
}

/** Pushes the text before each match and the template's expansion for it (a kernel); returns
 *  where the text after the last match starts. */
function substitutePieces(out: string[], s: string, ms: Int32Array[], parts: (string | number)[]): number {
  let last = 0;
  for (let i = 0; i < ms.length; i++) {
    const m = ms[i];
    if (last < m[0]) out.push(cpSlice(s, last, m[0]));
    for (let k = 0; k < parts.length; k++) {
      const p = parts[k];
      if (typeof p === 'string') out.push(p);
      else {
        const a = m[2 * p];
        const b = m[2 * p + 1];
        if (a >= 0 && b >= 0) out.push(cpSlice(s, a, b));
      }
    }
    last = m[1];
  }
  return last;
}
