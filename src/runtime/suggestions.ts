// "Did you mean: 'x'?" for an uncaught NameError or AttributeError, as CPython 3.11's
// Python/suggestions.c offers it: the closest candidate name by a Levenshtein distance where a
// case change costs 1 and any other edit 2, no more than about a third of the characters
// changed. NameError looks at the innermost frame's local variable names, then its globals,
// then its builtins; AttributeError at dir() of the object. Only the exact types qualify.

import type { PyObject } from '../objects/object.js';
import { PyBaseException, E } from '../objects/exception.js';
import { getExcField } from '../objects/exception-types.js';
import { typeOf } from '../objects/protocol.js';
import { dirList } from '../builtins/attributes.js';
import type { FrameAccess } from './frame-access.js';

const MAX_CANDIDATE_ITEMS = 750;
const MAX_STRING_SIZE = 40;
const MOVE_COST = 2;
const CASE_COST = 1;

function substitutionCost(a: string, b: string): number {
  if (a === b) return 0;
  return a.toLowerCase() === b.toLowerCase() ? CASE_COST : MOVE_COST;
}

/** Edit distance of a and b, or max + 1 once it is sure to exceed max. */
function distance(a: string, b: string, max: number): number {
  let s = 0;
  while (s < a.length && s < b.length && a[s] === b[s]) s++;
  a = a.slice(s);
  b = b.slice(s);
  let e = 0;
  while (e < a.length && e < b.length && a[a.length - 1 - e] === b[b.length - 1 - e]) e++;
  a = a.slice(0, a.length - e);
  b = b.slice(0, b.length - e);
  if (a.length === 0 || b.length === 0) return (a.length + b.length) * MOVE_COST;
  if (a.length > MAX_STRING_SIZE || b.length > MAX_STRING_SIZE) return max + 1;
  if (b.length < a.length) [a, b] = [b, a];
  if ((b.length - a.length) * MOVE_COST > max) return max + 1;
  const row: number[] = [];
  for (let i = 0; i < a.length; i++) row.push((i + 1) * MOVE_COST);
  let result = 0;
  for (let j = 0; j < b.length; j++) {
    let diag = j * MOVE_COST;
    result = diag;
    let minimum = Infinity;
    for (let i = 0; i < a.length; i++) {
      const substitute = diag + substitutionCost(b[j], a[i]);
      diag = row[i];
      result = Math.min(Math.min(result, diag) + MOVE_COST, substitute);
      row[i] = result;
      if (result < minimum) minimum = result;
    }
    if (minimum > max) return max + 1;
  }
  return result;
}

function closest(candidates: PyObject[], name: string): string | null {
  if (candidates.length >= MAX_CANDIDATE_ITEMS) return null;
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const item of candidates) {
    if (typeof item !== 'string' || item === name) continue;
    let max = Math.floor((name.length + item.length + 3) * MOVE_COST / 6);
    max = Math.min(max, bestDistance - 1);
    const d = distance(name, item, max);
    if (d > max) continue;
    if (best === null || d < bestDistance) {
      best = item;
      bestDistance = d;
    }
  }
  return best;
}

/** The suggested name for an uncaught exception, or null. */
export function suggestionFor(exc: PyObject): string | null {
  if (!(exc instanceof PyBaseException)) return null;
  const t = typeOf(exc);
  if (t !== E.AttributeError && t !== E.NameError) return null;
  const name = getExcField(exc, 'name');
  if (typeof name !== 'string') return null;
  try {
    if (t === E.AttributeError) {
      const obj = getExcField(exc, 'obj');
      if (obj === undefined) return null;
      return closest(dirList(obj).items, name);
    }
    const frame = exc.traceback.length > 0 ? (exc.traceback[0].frame as FrameAccess | undefined) : undefined;
    if (frame === undefined) return null;
    const varnames = (frame as unknown as { code?: { co_varnames?: string[] } }).code?.co_varnames ?? [];
    return closest(varnames, name)
      ?? closest([...frame.globalsDict().entries()].map(([k]) => k), name)
      ?? closest([...frame.builtinsDict().entries()].map(([k]) => k), name);
  } catch {
    return null;
  }
}
