// except* support: splitting an exception (group) by a predicate, keeping the nesting, and
// deciding what an except* statement re-raises at its end (PEP 654).
import { PyBaseException, E } from '../../src/objects/exception.js';
import { PyTuple, PyList } from '../../src/objects/tuple.js';
import { typeOf, call, getAttr, typeError } from '../../src/objects/protocol.js';
import { PyType } from '../../src/objects/type.js';
import { getExcField } from '../../src/objects/exception-types.js';
function isGroup(e) {
    return e instanceof PyBaseException && typeOf(e).isSubtype(E.BaseExceptionGroup);
}
function leaves(e) {
    if (!isGroup(e))
        return [e];
    const items = getExcField(e, 'exceptions').items;
    return items.flatMap(leaves);
}
/** A copy of group `eg` keeping only the sub-exceptions for which `keep` holds (null if none). */
function filterGroup(eg, keep) {
    if (!isGroup(eg))
        return keep(eg) ? eg : null;
    const items = getExcField(eg, 'exceptions').items;
    const kept = [];
    let changed = false;
    for (const x of items) {
        const r = isGroup(x) ? filterGroup(x, keep) : keep(x) ? x : null;
        if (r !== x)
            changed = true;
        if (r !== null)
            kept.push(r);
    }
    if (kept.length === 0)
        return null;
    if (!changed)
        return eg;
    return derive(eg, kept);
}
function derive(eg, items) {
    const ng = call(getAttr(eg, 'derive'), [new PyList(items)]);
    ng.cause = eg.cause;
    ng.context = eg.context;
    ng.traceback = eg.traceback.slice();
    return ng;
}
/**
 * Splits `rest` (what earlier except* clauses left) into [matched, remaining]. A bare
 * exception that matches is wrapped in an ExceptionGroup('', [e]) as CPython does.
 */
export function splitExceptionGroup(rest, _original, pred, matchType) {
    // CPython's _PyExc_ExceptionGroupMatch: a whole match, else the group's own split() method.
    if (!isGroup(rest)) {
        if (pred(rest)) {
            const wrapped = call(typeOf(rest).isSubtype(E.Exception) ? E.ExceptionGroup : E.BaseExceptionGroup, ['', new PyTuple([rest])]);
            wrapped.traceback = rest.traceback.slice();
            return [wrapped, null];
        }
        return [null, rest];
    }
    if (pred(rest))
        return [rest, null];
    const pair = call(getAttr(rest, 'split'), [matchType]);
    if (!(pair instanceof PyTuple) || pair.items.length !== 2)
        typeError(`${typeOf(rest).name}.split must return a 2-tuple, got ${typeOf(pair).name}`);
    const part = (x) => (x instanceof PyBaseException ? x : null);
    return [part(pair.items[0]), part(pair.items[1])];
}
/** An except* clause may not name an exception group type (CPython's CHECK_EG_MATCH). */
export function checkExceptStarType(t) {
    const types = t instanceof PyTuple ? t.items : [t];
    for (const x of types) {
        if (x instanceof PyType && x.isSubtype(E.BaseExceptionGroup)) {
            typeError('catching ExceptionGroup with except* is not allowed. Use except instead.');
        }
    }
}
/** What an except* statement raises at its end: nothing, the unhandled rest, or a new group. */
export function combineRaised(original, raised, rest) {
    if (raised.length === 0)
        return rest;
    const origLeaves = new Set(leaves(original));
    const reraised = raised.filter((r) => leaves(r).every((l) => origLeaves.has(l)));
    const fresh = raised.filter((r) => !reraised.includes(r));
    const keepOrig = new Set([...(rest ? leaves(rest) : []), ...reraised.flatMap(leaves)]);
    const fromOriginal = keepOrig.size ? filterGroup(original, (x) => keepOrig.has(x)) : null;
    // CPython's _PyExc_PrepReraiseStar: the new exceptions first, then what is left of the original.
    const all = [...fresh, ...(fromOriginal ? [fromOriginal] : [])];
    if (all.length === 1)
        return all[0];
    const allExc = all.every((x) => typeOf(x).isSubtype(E.Exception));
    return call(allExc ? E.ExceptionGroup : E.BaseExceptionGroup, ['', new PyList(all)]);
}
//# sourceMappingURL=exception-groups.js.map