// except* support: splitting an exception (group) by a predicate, keeping the nesting, and
// deciding what an except* statement re-raises at its end (PEP 654).

import type { PyObject } from '../../src/objects/object.js';
import { PyBaseException, E } from '../../src/objects/exception.js';
import { PyTuple, PyList } from '../../src/objects/tuple.js';
import { typeOf, call, getAttr, typeError } from '../../src/objects/protocol.js';
import { PyType } from '../../src/objects/type.js';
import { getExcField, groupSubset } from '../../src/objects/exception-types.js';

function isGroup(e: PyObject): boolean {
  return e instanceof PyBaseException && typeOf(e).isSubtype(E.BaseExceptionGroup);
}

function leaves(e: PyBaseException): PyBaseException[] {
  if (!isGroup(e)) return [e];
  const items = (getExcField(e, 'exceptions') as PyTuple).items as PyBaseException[];
  return items.flatMap(leaves);
}

/**
 * A copy of group `eg` keeping only the leaves for which `keep` holds (null if none). As
 * CPython's exception_group_projection, every group on the way is a new one made by its derive()
 * (exceptiongroup_subset: with the group's traceback, cause, context and notes, and
 * __suppress_context__ set), even when it keeps all of its leaves.
 */
function filterGroup(eg: PyBaseException, keep: (x: PyBaseException) => boolean): PyBaseException | null {
  if (!isGroup(eg)) return keep(eg) ? eg : null;
  const items = (getExcField(eg, 'exceptions') as PyTuple).items as PyBaseException[];
  const kept: PyBaseException[] = [];
  for (const x of items) {
    const r = filterGroup(x, keep);
    if (r !== null) kept.push(r);
  }
  return kept.length === 0 ? null : groupSubset(eg, kept);
}


/**
 * Splits `rest` (what earlier except* clauses left) into [matched, remaining]. A bare
 * exception that matches is wrapped in an ExceptionGroup('', [e]) as CPython does; in 3.11 the
 * wrapper has no traceback of its own (printed without an "Exception Group Traceback" header,
 * and, re-raised by a bare `raise`, given entries only by the frames it then leaves).
 */
export function splitExceptionGroup(rest: PyBaseException, _original: PyBaseException, pred: (x: PyObject) => boolean, matchType: PyObject): [PyBaseException | null, PyBaseException | null] {
  // CPython's _PyExc_ExceptionGroupMatch: a whole match, else the group's own split() method.
  if (!isGroup(rest)) {
    if (pred(rest)) {
      const wrapped = call(typeOf(rest).isSubtype(E.Exception) ? E.ExceptionGroup : E.BaseExceptionGroup, ['', new PyTuple([rest])]) as PyBaseException;
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

/**
 * CPython's is_same_exception_metadata: an exception that left an except* clause counts as
 * re-raised (part of the original) when it has the original's traceback, cause and context.
 * A bare `raise` keeps them; `raise g`, `raise g.exceptions[0]` or a new exception do not (a
 * raise statement records its frame again, a leaf gets the handled group as its context).
 */
function sameMetadata(e: PyBaseException, orig: PyBaseException): boolean {
  if (e.cause !== orig.cause || e.context !== orig.context) return false;
  const a = e.traceback;
  const b = orig.traceback;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * What an except* statement raises, marked to be raised as CPython's RERAISE does: a group it
 * made itself (no traceback yet) gets no traceback entry for frame `f`, where CPython's gets none;
 * the others already carry theirs. None of them is chained to an exception handled around the
 * statement (RERAISE sets no __context__).
 */
export function asReraised(toRaise: PyBaseException, f: object): PyBaseException {
  if (isGroup(toRaise) && toRaise.traceback.length === 0) toRaise.reraisedIn = f;
  toRaise.contextSettled = true;
  return toRaise;
}

/**
 * What an except* statement raises at its end (CPython's _PyExc_PrepReraiseStar): nothing,
 * the unhandled rest, or a new group. `raised` are the exceptions that left the clauses, in
 * order; `rest` is what no clause matched.
 */
export function combineRaised(original: PyBaseException, raised: PyBaseException[], rest: PyBaseException | null): PyBaseException | null {
  // A naked exception was wrapped: only one clause ran, so there is at most one to raise.
  if (!isGroup(original)) return raised.length > 0 ? raised[0] : rest;
  const excs = rest === null ? raised : [...raised, rest];
  if (excs.length === 0) return null;
  const fresh: PyBaseException[] = [];
  const keep = new Set<PyBaseException>();
  for (const e of excs) {
    if (sameMetadata(e, original)) for (const l of leaves(e)) keep.add(l);
    else fresh.push(e);
  }
  // The re-raised ones: the original group cut down to their leaves, keeping its nesting.
  const reraised = keep.size > 0 ? filterGroup(original, (x) => keep.has(x)) : null;
  if (fresh.length === 0) return reraised;
  const all = reraised !== null ? [...fresh, reraised] : fresh;
  if (all.length === 1) return all[0];
  const allExc = all.every((x) => typeOf(x).isSubtype(E.Exception));
  return call(allExc ? E.ExceptionGroup : E.BaseExceptionGroup, ['', new PyList(all)]) as PyBaseException;
}
