// Iterating a Python iterable from JS for the builtins: exact lists and tuples are walked
// directly (re-reading the length each step, as CPython's list iterator does, so a list that
// grows during the loop is seen growing); everything else goes through iter()/next().
import { PyTuple, PyList } from '../objects/tuple.js';
import { T } from '../objects/types.js';
import { getIter, iterNext } from '../objects/protocol.js';
/** Calls `fn` on each item of `iterable` until it returns true (stop early). */
export function forEachItem(iterable, fn) {
    if (iterable instanceof PyList && iterable.cls === T.list) {
        for (let i = 0; i < iterable.items.length; i++)
            if (fn(iterable.items[i]) === true)
                return;
        return;
    }
    if (iterable instanceof PyTuple && iterable.cls === T.tuple) {
        const items = iterable.items;
        for (let i = 0; i < items.length; i++)
            if (fn(items[i]) === true)
                return;
        return;
    }
    const it = getIter(iterable);
    for (let x = iterNext(it); x !== undefined; x = iterNext(it))
        if (fn(x) === true)
            return;
}
//# sourceMappingURL=iterate.js.map