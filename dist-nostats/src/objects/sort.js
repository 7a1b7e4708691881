// list.sort() and sorted(): stable, comparing with `<` only (as CPython), key= and reverse=
// (reverse keeps equal elements in their original order: the list is reversed, sorted
// stably, and reversed back, like CPython). During the sort the list appears empty; if it was
// modified meanwhile, "ValueError: list modified during sort".
//
// Homogeneous ints, floats and BMP-only strs, and exact tuples of those (one kind per position),
// use the engine's (stable) sort with a native comparator; everything else goes through a merge sort (binary insertion runs + merges)
// calling the Python `<` once per comparison. An exception raised by `<` or by the key
// function leaves the list as it was.
import { T } from './types.js';
import { PyList, PyTuple } from './tuple.js';
import { PyFloat } from './float.js';
import { None } from './singletons.js';
import { E, newError } from './exception.js';
import { typeError, call, richCompare, richEqBool, isTrue } from './protocol.js';
import { indexOf } from './int-type.js';
import { iterateToArray, argExactly } from './iterate.js';
/** Code-point order of two strs (JS `<` compares UTF-16 units, which differs past U+FFFF). */
function strLt(a, b) {
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) {
        let x = a.charCodeAt(i);
        let y = b.charCodeAt(i);
        if (x === y)
            continue;
        if (x >= 0xd800 && y >= 0xd800) {
            // Surrogates (astral code points) sort after U+E000..U+FFFF.
            x = x >= 0xe000 ? x - 0x800 : x + 0x2000;
            y = y >= 0xe000 ? y - 0x800 : y + 0x2000;
        }
        return x < y;
    }
    return a.length < b.length;
}
/** Python's `a < b` as a JS boolean, with the common exact-type cases inlined. */
function lt(a, b) {
    if (typeof a === 'number' && typeof b === 'number')
        return a < b;
    if (typeof a === 'string' && typeof b === 'string')
        return strLt(a, b);
    if (a instanceof PyFloat && b instanceof PyFloat && a.cls === T.float && b.cls === T.float)
        return a.value < b.value;
    if (a instanceof PyTuple && b instanceof PyTuple && a.cls === T.tuple && b.cls === T.tuple)
        return tupleLt(a.items, b.items);
    const r = richCompare(a, b, 0 /* CmpOp.LT */);
    return typeof r === 'boolean' ? r : isTrue(r);
}
/** Exact tuples: the first items that differ decide (as tuple's richcompare). */
function tupleLt(v, w) {
    let i = 0;
    for (; i < v.length && i < w.length; i++) {
        const a = v[i];
        const b = w[i];
        if (a === b)
            continue;
        if (typeof a === 'number' && typeof b === 'number')
            return a < b;
        if (typeof a === 'string' && typeof b === 'string')
            return strLt(a, b);
        if (a instanceof PyFloat && b instanceof PyFloat && a.cls === T.float && b.cls === T.float) {
            // Exact floats: == then < (a NaN is unequal to everything and never less).
            if (a.value === b.value)
                continue;
            return a.value < b.value;
        }
        if (!richEqBool(a, b))
            break;
    }
    if (i >= v.length || i >= w.length)
        return v.length < w.length;
    return lt(v[i], w[i]);
}
/** CPython's merge_compute_minrun. */
function minRun(n) {
    let r = 0;
    while (n >= 64) {
        r |= n & 1;
        n >>= 1;
    }
    return n + r;
}
/** A stable sort of the positions 0..n-1 of `keys`, using only `lt`. */
function mergeSortPerm(keys) {
    const n = keys.length;
    let a = new Array(n);
    for (let i = 0; i < n; i++)
        a[i] = i;
    // Runs are found as CPython's timsort finds them (count_run, a strictly descending run
    // reversed, then binarysort up to minrun), so a `<` with side effects sees the same
    // comparisons on short lists; the runs are then merged pairwise.
    const minrun = minRun(n);
    const bounds = [0];
    let lo = 0;
    while (lo < n) {
        let len = 1;
        if (lo + 1 < n) {
            len = 2;
            if (lt(keys[a[lo + 1]], keys[a[lo]])) {
                for (let i = lo + 2; i < n && lt(keys[a[i]], keys[a[i - 1]]); i++)
                    len++;
                for (let i = lo, j = lo + len - 1; i < j; i++, j--) {
                    const t = a[i];
                    a[i] = a[j];
                    a[j] = t;
                }
            }
            else {
                for (let i = lo + 2; i < n && !lt(keys[a[i]], keys[a[i - 1]]); i++)
                    len++;
            }
        }
        if (len < minrun) {
            const force = Math.min(n - lo, minrun);
            // Binary insertion sort (CPython's binarysort: equal keys stay in order).
            for (let i = lo + len; i < lo + force; i++) {
                const pivot = a[i];
                const pk = keys[pivot];
                let l = lo;
                let r = i;
                while (l < r) {
                    const mid = (l + r) >>> 1;
                    if (lt(pk, keys[a[mid]]))
                        r = mid;
                    else
                        l = mid + 1;
                }
                for (let j = i; j > l; j--)
                    a[j] = a[j - 1];
                a[l] = pivot;
            }
            len = force;
        }
        lo += len;
        bounds.push(lo);
    }
    let b = new Array(n);
    let bs = bounds;
    while (bs.length > 2) {
        const next = [0];
        for (let r = 0; r + 1 < bs.length; r += 2) {
            const lo = bs[r];
            const mid = bs[r + 1];
            const hi = r + 2 < bs.length ? bs[r + 2] : mid;
            next.push(hi);
            let i = lo;
            let j = mid;
            let k = lo;
            if (mid < hi && !lt(keys[a[mid]], keys[a[mid - 1]])) {
                // Already in order: copy.
                for (; k < hi; k++)
                    b[k] = a[k];
                continue;
            }
            while (i < mid && j < hi) {
                if (lt(keys[a[j]], keys[a[i]]))
                    b[k++] = a[j++];
                else
                    b[k++] = a[i++];
            }
            while (i < mid)
                b[k++] = a[i++];
            while (j < hi)
                b[k++] = a[j++];
        }
        bs = next;
        const t = a;
        a = b;
        b = t;
    }
    return a;
}
const SURROGATE = /[\uD800-\uDFFF]/;
/** The native-comparable category of a tuple item: ints, bools, non-NaN exact floats, BMP strs. */
function itemCat(v) {
    switch (typeof v) {
        case 'number':
        case 'boolean':
        case 'bigint': return 1 /* Cat.Num */;
        case 'string': return SURROGATE.test(v) ? 0 /* Cat.None */ : 2 /* Cat.Str */;
    }
    return v instanceof PyFloat && v.cls === T.float && v.value === v.value ? 1 /* Cat.Num */ : 0 /* Cat.None */;
}
/**
 * Are all keys exact tuples whose items, position by position, are all numbers or all strs?
 * Python's `<` on them is then a total order that a native three-way comparison reproduces.
 */
function nativeTuples(keys) {
    const cats = [];
    for (let i = 0; i < keys.length; i++) {
        const k = keys[i];
        if (!(k instanceof PyTuple) || k.cls !== T.tuple)
            return false;
        const items = k.items;
        for (let p = 0; p < items.length; p++) {
            const c = itemCat(items[p]);
            if (c === 0 /* Cat.None */)
                return false;
            if (p >= cats.length)
                cats.push(c);
            else if (cats[p] !== c)
                return false;
        }
    }
    return true;
}
/**
 * Sorts `perm` by tuples that passed nativeTuples: each position becomes an unboxed column (a
 * Float64Array of numbers, or an array of strs, or of numbers and bigints), then a stable sort
 * compares columns left to right, a shorter tuple first when one is a prefix of the other.
 */
function sortTuplesByColumns(ts, perm) {
    const n = ts.length;
    const lens = new Int32Array(n);
    let width = 0;
    for (let i = 0; i < n; i++) {
        const len = ts[i].items.length;
        lens[i] = len;
        if (len > width)
            width = len;
    }
    const cols = [];
    for (let p = 0; p < width; p++) {
        let col = null;
        let isStr = false;
        for (let i = 0; i < n && col === null; i++) {
            const items = ts[i].items;
            if (p < items.length)
                isStr = typeof items[p] === 'string';
            if (p < items.length)
                col = isStr ? new Array(n) : new Float64Array(n);
        }
        for (let i = 0; i < n; i++) {
            const items = ts[i].items;
            if (p >= items.length)
                continue;
            const v = items[p];
            if (isStr)
                col[i] = v;
            else if (typeof v === 'bigint' && col instanceof Float64Array) {
                col = Array.from(col);
                col[i] = v;
            }
            else
                col[i] = v instanceof PyFloat ? v.value : typeof v === 'boolean' ? (v ? 1 : 0) : v;
        }
        cols.push(col);
    }
    perm.sort((i, j) => {
        const li = lens[i];
        const lj = lens[j];
        const m = li < lj ? li : lj;
        for (let p = 0; p < m; p++) {
            const c = cols[p];
            const a = c[i];
            const b = c[j];
            if (a < b)
                return -1;
            if (a > b)
                return 1;
        }
        return li - lj;
    });
}
/** Which native comparison, if any, is exactly Python's `<` for all of `keys`. */
function keyKind(keys) {
    const first = keys[0];
    if (first instanceof PyTuple)
        return nativeTuples(keys) ? 'tuple' : 'any';
    if (typeof first === 'string') {
        for (let i = 0; i < keys.length; i++) {
            const k = keys[i];
            if (typeof k !== 'string' || SURROGATE.test(k))
                return 'any';
        }
        return 'str';
    }
    let kind = 'int';
    for (let i = 0; i < keys.length; i++) {
        const k = keys[i];
        switch (typeof k) {
            case 'number':
            case 'boolean':
            case 'bigint': continue;
            case 'string': return 'any';
        }
        if (k instanceof PyFloat && k.cls === T.float && k.value === k.value) {
            kind = 'num';
            continue;
        }
        return 'any';
    }
    return kind;
}
function numValue(k) {
    if (k instanceof PyFloat)
        return k.value;
    if (typeof k === 'boolean')
        return k ? 1 : 0;
    return k;
}
const PACK_N = 1 << 21;
const INT32_OFFSET = 2147483648;
/**
 * Int keys that all fit in 32 bits: each (key, position) pair packed into one exact double
 * (key * 2**21 + position < 2**53), so a comparator-free Float64Array sort is a stable sort.
 * Fills `perm` and returns true, or returns false when some key does not fit.
 */
function packedIntSort(keys, perm) {
    const n = keys.length;
    const packed = new Float64Array(n);
    for (let i = 0; i < n; i++) {
        const k = keys[i];
        if (typeof k !== 'number' || k < -INT32_OFFSET || k >= INT32_OFFSET)
            return false;
        packed[i] = (k + INT32_OFFSET) * PACK_N + i;
    }
    packed.sort();
    for (let i = 0; i < n; i++)
        perm[i] = packed[i] % PACK_N;
    return true;
}
/** The stable sorting permutation of `keys`. */
function sortPerm(keys) {
    const n = keys.length;
    const kind = keyKind(keys);
    if (kind === 'any')
        return mergeSortPerm(keys);
    const perm = new Array(n);
    for (let i = 0; i < n; i++)
        perm[i] = i;
    if (kind === 'tuple') {
        sortTuplesByColumns(keys, perm);
        return perm;
    }
    if (kind === 'str') {
        const ks = keys;
        perm.sort((i, j) => (ks[i] < ks[j] ? -1 : ks[i] > ks[j] ? 1 : 0));
        return perm;
    }
    if (kind === 'int' && n <= PACK_N && packedIntSort(keys, perm))
        return perm;
    const vs = kind === 'int' ? keys : keys.map(numValue);
    perm.sort((i, j) => {
        const x = vs[i];
        const y = vs[j];
        // A bigint beyond 2**53 compared with a float: JS compares the exact values, as Python.
        return x < y ? -1 : x > y ? 1 : 0;
    });
    return perm;
}
/**
 * Sorts `vals` in place when no key function is given and the items are indistinguishable
 * when equal (ints, or strs without surrogates): true when done.
 */
function sortPlain(vals) {
    const n = vals.length;
    const first = vals[0];
    if (typeof first === 'number') {
        let small = true;
        for (let i = 0; i < n; i++) {
            const v = vals[i];
            if (typeof v !== 'number')
                return false;
            if ((v | 0) !== v)
                small = false;
        }
        const f = small ? Int32Array.from(vals) : Float64Array.from(vals);
        f.sort();
        for (let i = 0; i < n; i++)
            vals[i] = f[i];
        return true;
    }
    if (typeof first === 'string') {
        for (let i = 0; i < n; i++) {
            const v = vals[i];
            if (typeof v !== 'string' || SURROGATE.test(v))
                return false;
        }
        vals.sort();
        return true;
    }
    return false;
}
/** Sorts the list in place. */
export function listSort(l, keyfunc, reverse) {
    const saved = l.items;
    const during = [];
    l.items = during;
    let ok = false;
    try {
        const n = saved.length;
        let keys = null;
        if (keyfunc !== None) {
            keys = new Array(n);
            for (let i = 0; i < n; i++)
                keys[i] = call(keyfunc, [saved[i]]);
        }
        if (n > 1 && keys === null && sortPlain(saved)) {
            if (reverse)
                saved.reverse();
        }
        else if (n > 1) {
            const vals = saved.slice();
            const ks = keys ?? vals;
            if (reverse) {
                vals.reverse();
                if (keys !== null)
                    keys.reverse();
            }
            const perm = sortPerm(ks);
            if (reverse) {
                for (let k = 0; k < n; k++)
                    saved[n - 1 - k] = vals[perm[k]];
            }
            else {
                for (let k = 0; k < n; k++)
                    saved[k] = vals[perm[k]];
            }
        }
        ok = true;
    }
    finally {
        const modified = l.items !== during || during.length !== 0;
        l.items = saved;
        if (ok && modified)
            throw newError(E.ValueError, 'list modified during sort');
    }
}
/** Parses list.sort()'s keyword-only arguments: [key, reverse]. */
export function sortArgs(args, kwnames, offset = 0) {
    const nkw = kwnames === null ? 0 : kwnames.length;
    const npos = args.length - nkw - offset;
    if (npos > 0)
        typeError('sort() takes no positional arguments');
    let key = None;
    let reverseArg;
    for (let k = 0; k < nkw; k++) {
        const name = kwnames[k];
        const v = args[args.length - nkw + k];
        if (name === 'key')
            key = v;
        else if (name === 'reverse')
            reverseArg = v;
        else
            typeError(`'${name}' is an invalid keyword argument for sort()`);
    }
    let reverse = false;
    if (reverseArg !== undefined) {
        const r = indexOf(reverseArg);
        if (typeof r === 'bigint' || r > 2147483647 || r < -2147483648) {
            throw newError(E.OverflowError, 'Python int too large to convert to C int');
        }
        reverse = r !== 0;
    }
    return [key, reverse];
}
/** list.sort(*, key=None, reverse=False) */
export function listSortMethod(self, args, kwnames) {
    const [key, reverse] = sortArgs(args, kwnames);
    listSort(self, key, reverse);
    return None;
}
/** sorted(iterable, /, *, key=None, reverse=False) */
export function builtinSorted(args, kwnames) {
    const nkw = kwnames === null ? 0 : kwnames.length;
    argExactly('sorted', args.slice(0, args.length - nkw), 1);
    const l = new PyList(iterateToArray(args[0]));
    const [key, reverse] = sortArgs(args, kwnames, 1);
    listSort(l, key, reverse);
    return l;
}
//# sourceMappingURL=sort.js.map