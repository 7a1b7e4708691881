// Assignment and deletion targets: names, attributes, subscripts, and (starred) unpacking into
// tuples/lists with CPython's messages.
import { PyList, PyTuple } from '../../src/objects/tuple.js';
import { T } from '../../src/objects/types.js';
import { E, newError } from '../../src/objects/exception.js';
import { typeOf, typeError, setAttr, setItem, getIter, iterNext } from '../../src/objects/protocol.js';
import { storeName, deleteName } from './names.js';
import { evalExpr, storeSubscript } from './eval.js';
import { attrCacheOf, storeAttr } from './attr-cache.js';
export function assignTo(target, v, f) {
    switch (target._type) {
        case 'Name':
            storeName(target.b, f, v);
            return;
        case 'Attribute':
            storeAttr(attrCacheOf(target), evalExpr(target.value, f), target.attr, v);
            return;
        case 'Subscript': {
            const obj = evalExpr(target.value, f);
            storeSubscript(obj, evalExpr(target.slice, f), v);
            return;
        }
        case 'Tuple':
        case 'List':
            unpackInto(target.elts, v, f, target);
            return;
        case 'Starred':
            assignTo(target.value, v, f);
            return;
    }
    throw new Error(`tree-walker: cannot assign to ${target._type}`);
}
/**
 * The slots of a tuple/list target made only of fast locals (cached on the node as `fs`), else
 * null: storing into those runs no code, so the items need no defensive copy.
 */
export function fastTargetSlots(target) {
    const ext = target;
    const c = ext.fs;
    if (c !== undefined)
        return c;
    let slots = [];
    for (const e of target.elts) {
        const b = e._type === 'Name' ? e.b : null;
        if (b === null || b.acc !== 0 /* Acc.FAST */) {
            slots = null;
            break;
        }
        slots.push(b.slot);
    }
    ext.fs = slots;
    return slots;
}
function unpackInto(elts, v, f, target = null) {
    if (target !== null && ((v instanceof PyTuple && v.cls === T.tuple) || (v instanceof PyList && v.cls === T.list))) {
        const items = v.items;
        const slots = fastTargetSlots(target);
        if (slots !== null && items.length === slots.length) {
            for (let i = 0; i < slots.length; i++)
                f.fast[slots[i]] = items[i];
            return;
        }
    }
    let star = -1;
    for (let i = 0; i < elts.length; i++)
        if (elts[i]._type === 'Starred')
            star = i;
    let items;
    if ((v instanceof PyTuple && v.cls === T.tuple) || (v instanceof PyList && v.cls === T.list)) {
        items = v.items;
        if (star < 0 && items.length === elts.length) {
            const copy = items.slice();
            for (let i = 0; i < elts.length; i++)
                assignTo(elts[i], copy[i], f);
            return;
        }
        items = items.slice();
    }
    else {
        const t = typeOf(v);
        if (t.slots.iter === undefined && t.slots.getitem === undefined)
            typeError(`cannot unpack non-iterable ${t.name} object`);
        const it = getIter(v);
        items = [];
        if (star < 0) {
            // Stop one past the expected count, as CPython does (the iterator may be infinite).
            for (let x = iterNext(it); x !== undefined; x = iterNext(it)) {
                items.push(x);
                if (items.length > elts.length)
                    break;
            }
        }
        else {
            for (let x = iterNext(it); x !== undefined; x = iterNext(it))
                items.push(x);
        }
    }
    const n = elts.length;
    if (star < 0) {
        if (items.length > n)
            throw newError(E.ValueError, `too many values to unpack (expected ${n})`);
        if (items.length < n)
            throw newError(E.ValueError, `not enough values to unpack (expected ${n}, got ${items.length})`);
        for (let i = 0; i < n; i++)
            assignTo(elts[i], items[i], f);
        return;
    }
    const after = n - star - 1;
    if (items.length < n - 1) {
        throw newError(E.ValueError, `not enough values to unpack (expected at least ${n - 1}, got ${items.length})`);
    }
    for (let i = 0; i < star; i++)
        assignTo(elts[i], items[i], f);
    assignTo(elts[star], new PyList(items.slice(star, items.length - after)), f);
    for (let i = 0; i < after; i++)
        assignTo(elts[star + 1 + i], items[items.length - after + i], f);
}
export function deleteTarget(target, f) {
    switch (target._type) {
        case 'Name':
            deleteName(target.b, f);
            return;
        case 'Attribute':
            setAttr(evalExpr(target.value, f), target.attr, null);
            return;
        case 'Subscript': {
            const obj = evalExpr(target.value, f);
            setItem(obj, evalExpr(target.slice, f), null);
            return;
        }
        case 'Tuple':
        case 'List':
            for (const e of target.elts)
                deleteTarget(e, f);
            return;
    }
    throw new Error(`tree-walker: cannot delete ${target._type}`);
}
//# sourceMappingURL=assign.js.map