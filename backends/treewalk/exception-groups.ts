// except* support: splitting an exception (group) by a predicate, keeping the nesting, and
// deciding what an except* statement re-raises at its end (PEP 654).

import type { PyObject } from '../../src/objects/object.js';
import { PyBaseException, E } from '../../src/objects/exception.js';
import { PyTuple, PyList } from '../../src/objects/tuple.js';
import { typeOf, call, getAttr, typeError } from '../../src/objects/protocol.js';
import { PyType } from '../../src/objects/type.js';
import { getExcField } from '../../src/objects/exception-types.js';

function isGroup(e: PyObject): boolean {
  return e instanceof PyBaseException && typeOf(e).isSubtype(E.BaseExceptionGroup);
}

function leaves(e: PyBaseException): PyBaseException[] {
  if (!isGroup(e)) return [e];
  const items = (getExcField(e, 'exceptions') as PyTuple).items as PyBaseException[];
  return items.flatMap(leaves);
}

/** A copy of group `eg` keeping only the sub-exceptions for which `keep` holds (null if none). */
function filterGroup(eg: PyBaseException, keep: (x: PyBaseException) => boolean): PyBaseException | null {
  if (!isGroup(eg)) return keep(eg) ? eg : null;
  const items = (getExcField(eg, 'exceptions') as PyTuple).items as PyBaseException[];
  const kept: PyBaseException[] = [];
  let changed = false;
  for (const x of items) {
    const r = isGroup(x) ? filterGroup(x, keep) : keep(x) ? x : null;
    if (r !== x) changed = true;
    if (r !== null) kept.push(r);
  }
  if (kept.length === 0) return null;
  if (!changed) return eg;
  return derive(eg, kept);
}

function derive(eg: PyBaseException, items: PyBaseException[]): PyBaseException {
  const ng = call(getAttr(eg, 'derive'), [new PyList(items)]) as PyBaseException;
  ng.cause = eg.cause;
  ng.context = eg.context;
  ng.traceback = eg.traceback.slice();
  return ng;
}

/**
 * Splits `rest` (what earlier except* clauses left) into [matched, remaining]. A bare
 * exception that matches is wrapped in an ExceptionGroup('', [e]) as CPython does.
 */
export function splitExceptionGroup(rest: PyBaseException, _original: PyBaseException, pred: (x: PyObject) => boolean, matchType: PyObject): [PyBaseException | null, PyBaseException | null] {
  // CPython's _PyExc_ExceptionGroupMatch: a whole match, else the group's own split() method.
  if (!isGroup(rest)) {
    if (pred(rest)) {
      const wrapped = call(typeOf(rest).isSubtype(E.Exception) ? E.ExceptionGroup : E.BaseExceptionGroup, ['', new PyTuple([rest])]) as PyBaseException;
      wrapped.traceback = rest.traceback.slice();
      return [wrapped, null];
    }
    return [null, rest];
  }
  if (pred(rest)) return [rest, null];
  const pair = call(getAttr(rest, 'split'), [matchType]);
  if (!(pair instanceof PyTuple) || pair.items.length !== 2) typeError(`${typeOf(rest).name}.split must return a 2-tuple, got ${typeOf(pair).name}`);
  const part = (x: PyObject) => (x instanceof PyBaseException ? x : null);
  return [part(pair.items[0]), part(pair.items[1])];
}

/** An except* clause may not name an exception group type (CPython's CHECK_EG_MATCH). */
export function checkExceptStarType(t: PyObject): void {
  const types = t instanceof PyTuple ? t.items : [t];
  for (const x of types) {
    if (x instanceof PyType && x.isSubtype(E.BaseExceptionGroup)) {
      typeError('catching ExceptionGroup with except* is not allowed. Use except instead.');
    }
  }
}

/** What an except* statement raises at its end: nothing, the unhandled rest, or a new group. */
export function combineRaised(original: PyBaseException, raised: PyBaseException[], rest: PyBaseException | null): PyBaseException | null {
  if (raised.length === 0) return rest;
  const origLeaves = new Set(leaves(original));
  const reraised = raised.filter((r) => leaves(r).every((l) => origLeaves.has(l)));
  const fresh = raised.filter((r) => !reraised.includes(r));
  const keepOrig = new Set<PyBaseException>([...(rest ? leaves(rest) : []), ...reraised.flatMap(leaves)]);
  const fromOriginal = keepOrig.size ? filterGroup(original, (x) => keepOrig.has(x)) : null;
  // CPython's _PyExc_PrepReraiseStar: the new exceptions first, then what is left of the original.
  const all = [...fresh, ...(fromOriginal ? [fromOriginal] : [])];
  if (all.length === 1) return all[0];
  const allExc = all.every((x) => typeOf(x).isSubtype(E.Exception));
  return call(allExc ? E.ExceptionGroup : E.BaseExceptionGroup, ['', new PyList(all)]) as PyBaseException;
}
