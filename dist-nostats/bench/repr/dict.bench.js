// Q4: dict.
//   A  the lead's draft: keys/values arrays in insertion order (tombstones on delete, compaction)
//      + a JS Map from the normalised str/int key to the entry position
//   B  a plain JS Map from the normalised key to the value (Map is insertion-ordered itself)
//   C  an object with a null prototype, o[key] (integer-like keys are ordered first: wrong order
//      for Python; shown for speed only)
//   D  a hand-written open-addressing table in CPython's compact layout (Int32Array indices +
//      hash/key/value arrays, CPython's probe sequence); str hashes are computed in JS (FNV-1a)
//      since V8's cached string hash is not reachable from JS
// Only str/int keys are exercised; the hashed path for other keys is the same for A, B, D.
// Each workload is written once and specialised per implementation (harness.ts).
//   node dist/bench/repr/dict.bench.js
import { group, summary, do_not_optimize } from 'mitata';
import { benchOps, runAndReport, specialise } from './harness.js';
const DELETED = Symbol('deleted');
class FloatBox {
    constructor(value) {
        this.value = value;
    }
}
/** The draft's fastKey: str -> itself; int/bool/integral float -> JS number. */
function fastKey(k) {
    switch (typeof k) {
        case 'string':
            return k;
        case 'number':
            return k;
        case 'boolean':
            return k ? 1 : 0;
    }
    if (k instanceof FloatBox) {
        const v = k.value;
        if (v === v && v >= -Number.MAX_SAFE_INTEGER && v <= Number.MAX_SAFE_INTEGER)
            return v === 0 ? 0 : v;
    }
    return undefined;
}
// ---------------------------------------------------------------------------------------------
// A: arrays + Map index (the draft, minus the hashed slow path)
let versionCounter = 0;
class DictA {
    constructor() {
        this.keys = [];
        this.values = [];
        this.fast = new Map();
        this.size = 0;
        this.keysVersion = ++versionCounter;
    }
}
function newA() {
    return new DictA();
}
function getA(d, k) {
    const fk = fastKey(k);
    if (fk === undefined)
        throw new TypeError('unhashable');
    const i = d.fast.get(fk);
    return i === undefined ? undefined : d.values[i];
}
function setA(d, k, v) {
    const fk = fastKey(k);
    if (fk === undefined)
        throw new TypeError('unhashable');
    const i = d.fast.get(fk);
    if (i !== undefined) {
        d.values[i] = v;
        return;
    }
    d.fast.set(fk, d.keys.length);
    d.keys.push(k);
    d.values.push(v);
    d.size++;
    d.keysVersion = ++versionCounter;
}
function compactA(d) {
    const keys = d.keys;
    const values = d.values;
    d.keys = [];
    d.values = [];
    d.fast = new Map();
    d.size = 0;
    for (let i = 0; i < keys.length; i++)
        if (keys[i] !== DELETED)
            setA(d, keys[i], values[i]);
    d.keysVersion = ++versionCounter;
}
function popA(d, k) {
    const fk = fastKey(k);
    if (fk === undefined)
        throw new TypeError('unhashable');
    const i = d.fast.get(fk);
    if (i === undefined)
        return undefined;
    d.fast.delete(fk);
    const v = d.values[i];
    d.keys[i] = DELETED;
    d.values[i] = undefined;
    d.size--;
    d.keysVersion = ++versionCounter;
    if (d.keys.length > 16 && d.size * 2 < d.keys.length)
        compactA(d);
    return v;
}
class IterA {
    constructor(d) {
        this.d = d;
        this.i = 0;
        this.size = d.size;
    }
}
function iterA(d) {
    return new IterA(d);
}
function nextA(it) {
    const d = it.d;
    if (d.size !== it.size)
        throw new Error('dictionary changed size during iteration');
    const keys = d.keys;
    while (it.i < keys.length) {
        const i = it.i++;
        const k = keys[i];
        if (k !== DELETED)
            return [k, d.values[i]];
    }
    return undefined;
}
function sizeA(d) {
    return d.size;
}
// ---------------------------------------------------------------------------------------------
// B: Map<normalised key, value>
class DictB {
    constructor() {
        this.map = new Map();
    }
}
function newB() {
    return new DictB();
}
function getB(d, k) {
    const fk = fastKey(k);
    if (fk === undefined)
        throw new TypeError('unhashable');
    return d.map.get(fk);
}
function setB(d, k, v) {
    const fk = fastKey(k);
    if (fk === undefined)
        throw new TypeError('unhashable');
    d.map.set(fk, v);
}
function popB(d, k) {
    const fk = fastKey(k);
    if (fk === undefined)
        throw new TypeError('unhashable');
    const v = d.map.get(fk);
    if (v !== undefined)
        d.map.delete(fk);
    return v;
}
class IterB {
    constructor(d) {
        this.d = d;
        this.it = d.map.entries();
        this.size = d.map.size;
    }
}
function iterB(d) {
    return new IterB(d);
}
function nextB(it) {
    if (it.d.map.size !== it.size)
        throw new Error('dictionary changed size during iteration');
    const r = it.it.next();
    return r.done ? undefined : r.value;
}
function sizeB(d) {
    return d.map.size;
}
// ---------------------------------------------------------------------------------------------
// C: null-prototype object
class DictC {
    constructor() {
        this.o = Object.create(null);
        this.size = 0;
    }
}
function newC() {
    return new DictC();
}
function getC(d, k) {
    const fk = fastKey(k);
    if (fk === undefined)
        throw new TypeError('unhashable');
    return d.o[fk];
}
function setC(d, k, v) {
    const fk = fastKey(k);
    if (fk === undefined)
        throw new TypeError('unhashable');
    const o = d.o;
    if (o[fk] === undefined)
        d.size++;
    o[fk] = v;
}
function popC(d, k) {
    const fk = fastKey(k);
    if (fk === undefined)
        throw new TypeError('unhashable');
    const v = d.o[fk];
    if (v !== undefined) {
        delete d.o[fk];
        d.size--;
    }
    return v;
}
class IterC {
    constructor(d) {
        this.d = d;
        this.keys = Object.keys(d.o);
        this.i = 0;
        this.size = d.size;
    }
}
function iterC(d) {
    return new IterC(d);
}
function nextC(it) {
    if (it.d.size !== it.size)
        throw new Error('dictionary changed size during iteration');
    if (it.i >= it.keys.length)
        return undefined;
    const k = it.keys[it.i++];
    return [k, it.d.o[k]];
}
function sizeC(d) {
    return d.size;
}
// ---------------------------------------------------------------------------------------------
// D: open addressing, CPython compact-dict layout
const EMPTY = -1;
const DUMMY = -2;
function hashStr(s) {
    let h = 0x811c9dc5;
    for (let i = 0; i < s.length; i++)
        h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
    return h | 0;
}
function hashD(k) {
    if (typeof k === 'string')
        return hashStr(k);
    const fk = fastKey(k);
    if (typeof fk === 'number')
        return (fk | 0) === fk ? fk : hashStr(String(fk));
    throw new TypeError('unhashable');
}
function keyEqD(a, b) {
    return a === b || fastKey(a) === fastKey(b);
}
class DictD {
    constructor() {
        this.indices = new Int32Array(8).fill(EMPTY);
        this.hashes = [];
        this.keys = [];
        this.values = [];
        this.size = 0;
    }
}
function newD() {
    return new DictD();
}
/** The slot in `indices` holding `k`, or ~slot of the first free slot seen when absent. */
function lookupD(d, k, h) {
    const idx = d.indices;
    const mask = idx.length - 1;
    let perturb = h >>> 0;
    let i = h & mask;
    let free = -1;
    for (;;) {
        const ix = idx[i];
        if (ix === EMPTY)
            return ~(free < 0 ? i : free);
        if (ix === DUMMY) {
            if (free < 0)
                free = i;
        }
        else if (d.hashes[ix] === h && keyEqD(d.keys[ix], k))
            return i;
        perturb >>>= 5;
        i = (i * 5 + perturb + 1) & mask;
    }
}
function resizeD(d, minUsed) {
    let cap = 8;
    while (cap * 2 < minUsed * 3)
        cap *= 2;
    const keys = d.keys;
    const values = d.values;
    const hashes = d.hashes;
    d.indices = new Int32Array(cap).fill(EMPTY);
    d.keys = [];
    d.values = [];
    d.hashes = [];
    const idx = d.indices;
    const mask = cap - 1;
    for (let j = 0; j < keys.length; j++) {
        if (keys[j] === DELETED)
            continue;
        const h = hashes[j];
        let perturb = h >>> 0;
        let i = h & mask;
        while (idx[i] !== EMPTY) {
            perturb >>>= 5;
            i = (i * 5 + perturb + 1) & mask;
        }
        idx[i] = d.keys.length;
        d.keys.push(keys[j]);
        d.values.push(values[j]);
        d.hashes.push(h);
    }
}
function getD(d, k) {
    const s = lookupD(d, k, hashD(k));
    return s < 0 ? undefined : d.values[d.indices[s]];
}
function setD(d, k, v) {
    const h = hashD(k);
    const s = lookupD(d, k, h);
    if (s >= 0) {
        d.values[d.indices[s]] = v;
        return;
    }
    d.indices[~s] = d.keys.length;
    d.keys.push(k);
    d.values.push(v);
    d.hashes.push(h);
    d.size++;
    if (d.keys.length * 3 >= d.indices.length * 2)
        resizeD(d, d.size * 2);
}
function popD(d, k) {
    const s = lookupD(d, k, hashD(k));
    if (s < 0)
        return undefined;
    const ix = d.indices[s];
    const v = d.values[ix];
    d.indices[s] = DUMMY;
    d.keys[ix] = DELETED;
    d.values[ix] = undefined;
    d.size--;
    return v;
}
class IterD {
    constructor(d) {
        this.d = d;
        this.i = 0;
        this.size = d.size;
    }
}
function iterD(d) {
    return new IterD(d);
}
function nextD(it) {
    const d = it.d;
    if (d.size !== it.size)
        throw new Error('dictionary changed size during iteration');
    const keys = d.keys;
    while (it.i < keys.length) {
        const i = it.i++;
        const k = keys[i];
        if (k !== DELETED)
            return [k, d.values[i]];
    }
    return undefined;
}
function sizeD(d) {
    return d.size;
}
/** Namespace-like: 1000 accesses cycling over the keys, one in 8 a rebinding store. */
function nsT(d, keys, n) {
    let acc = 0;
    for (let i = 0; i < n; i++) {
        const k = keys[i % keys.length];
        if ((i & 7) === 0)
            dset(d, k, i & 63);
        else
            acc += dget(d, k);
    }
    return acc;
}
function intBuildT(n) {
    const d = dnew();
    for (let i = 0; i < n; i++)
        dset(d, i, i);
    return d;
}
function intGetT(d, n) {
    let s = 0;
    for (let i = 0; i < n; i++)
        s += dget(d, i);
    return s;
}
function itemsT(d) {
    const it = diter(d);
    let s = 0;
    for (;;) {
        const t = dnext(it);
        if (t === undefined)
            return s;
        s += t[1];
    }
}
/** Sliding window: insert i, delete i - 100 (a queue of 100 live keys). */
function windowT(n) {
    const d = dnew();
    for (let i = 0; i < n; i++) {
        dset(d, i, i);
        if (i >= 100)
            dpop(d, i - 100);
    }
    return dsize(d);
}
/** Move-to-end (LRU touch): v = d.pop(k); d[k] = v, over 50 str keys. */
function lruT(d, keys, n) {
    let s = 0;
    for (let i = 0; i < n; i++) {
        const k = keys[(i * 7) % keys.length];
        const v = dpop(d, k);
        dset(d, k, v);
        s += v;
    }
    return s;
}
const IMPLS = [
    { name: 'A arrays+Map index', b: { dnew: newA, dget: getA, dset: setA, dpop: popA, diter: iterA, dnext: nextA, dsize: sizeA } },
    { name: 'B JS Map', b: { dnew: newB, dget: getB, dset: setB, dpop: popB, diter: iterB, dnext: nextB, dsize: sizeB } },
    { name: 'C null-proto object', b: { dnew: newC, dget: getC, dset: setC, dpop: popC, diter: iterC, dnext: nextC, dsize: sizeC } },
    { name: 'D open addressing', b: { dnew: newD, dget: getD, dset: setD, dpop: popD, diter: iterD, dnext: nextD, dsize: sizeD } },
];
// Identifier-like keys made at run time (as the front end slices names out of the source).
const NAMES = ['self', 'x', 'y', 'print', 'len', 'range', 'value', 'result', 'items', 'append', 'node', 'left', 'right', 'count', 'total', 'i', 'j', 'k', 'data', 'key',
    'name', 'index', 'parent', 'children', 'visit', 'parse', 'token', 'line', 'column', 'source', 'buffer', 'offset', 'length', 'size', 'start', 'end', 'step', 'args',
    'kwargs', 'func', 'cls', 'module', 'config', 'options', 'state', 'cache', 'stack', 'queue', 'first', 'last'];
const keysOf = (n) => NAMES.slice(0, n).map((s) => ` ${s}`.slice(1));
function filled(impl, keys) {
    const b = impl.b;
    const d = b.dnew();
    keys.forEach((k, i) => b.dset(d, k, i));
    return d;
}
// Pollution: the operations also see bools, floats and strs mixed with ints.
for (const impl of IMPLS) {
    const b = impl.b;
    for (let k = 0; k < 200; k++) {
        const d = b.dnew();
        b.dset(d, 'a', 1);
        b.dset(d, 2, 'two');
        b.dset(d, true, 3);
        b.dset(d, new FloatBox(2.0), 4);
        b.dset(d, new FloatBox(2.5), 5);
        do_not_optimize(b.dget(d, 'a'));
        do_not_optimize(b.dget(d, 1));
        do_not_optimize(b.dpop(d, 'a'));
        do_not_optimize(b.dpop(d, 2));
        const it = b.diter(d);
        while (b.dnext(it) !== undefined)
            ;
    }
}
const NI = 10000;
// Sanity: every implementation computes the same results.
{
    const keys = keysOf(50);
    const results = IMPLS.map((impl) => {
        const d = specialise(intBuildT, impl.b)(NI);
        return [
            specialise(nsT, impl.b)(filled(impl, keys), keys, 1000),
            specialise(intGetT, impl.b)(d, NI),
            specialise(itemsT, impl.b)(d),
            specialise(windowT, impl.b)(NI),
            specialise(lruT, impl.b)(filled(impl, keys), keys, 1000),
        ].join(',');
    });
    if (!results.every((r) => r === results[0]))
        throw new Error(`dict mismatch: ${results.join(' | ')}`);
}
const NS_OPS = 1000;
for (const size of [8, 50]) {
    group(`namespace: ${NS_OPS} str-key get/set (7:1) on ${size} keys`, () => {
        summary(() => {
            const keys = keysOf(size);
            for (const impl of IMPLS) {
                const ns = specialise(nsT, impl.b);
                const d = filled(impl, keys);
                benchOps(`ns${size} ${impl.name}`, NS_OPS, () => do_not_optimize(ns(d, keys, NS_OPS)));
            }
            // The draft's positions allow LOAD_GLOBAL-style caches: one (version, index) per site.
            const d = filled(IMPLS[0], keys);
            const sites = keys.map(() => ({ version: -1, index: 0 }));
            benchOps(`ns${size} A + per-site keysVersion cache`, NS_OPS, () => {
                let acc = 0;
                for (let i = 0; i < NS_OPS; i++) {
                    const j = i % keys.length;
                    const site = sites[j];
                    if ((i & 7) === 0)
                        setA(d, keys[j], i & 63);
                    else if (site.version === d.keysVersion)
                        acc += d.values[site.index];
                    else {
                        const ix = d.fast.get(keys[j]);
                        site.version = d.keysVersion;
                        site.index = ix;
                        acc += d.values[ix];
                    }
                }
                do_not_optimize(acc);
            });
        });
    });
}
group(`int keys: build d[i] = i for ${NI} keys`, () => {
    summary(() => {
        for (const impl of IMPLS) {
            const build = specialise(intBuildT, impl.b);
            benchOps(`int build ${impl.name}`, NI, () => do_not_optimize(build(NI)));
        }
    });
});
group(`int keys: get d[i] for ${NI} keys`, () => {
    summary(() => {
        for (const impl of IMPLS) {
            const d = specialise(intBuildT, impl.b)(NI);
            const get = specialise(intGetT, impl.b);
            benchOps(`int get ${impl.name}`, NI, () => do_not_optimize(get(d, NI)));
        }
    });
});
group(`iteration: for k, v in d.items() over ${NI} int keys`, () => {
    summary(() => {
        for (const impl of IMPLS) {
            const d = specialise(intBuildT, impl.b)(NI);
            const items = specialise(itemsT, impl.b);
            benchOps(`items ${impl.name}`, NI, () => do_not_optimize(items(d)));
        }
    });
});
group(`delete-heavy: sliding window of 100 over ${NI} int keys`, () => {
    summary(() => {
        for (const impl of IMPLS) {
            const win = specialise(windowT, impl.b);
            benchOps(`window ${impl.name}`, NI, () => do_not_optimize(win(NI)));
        }
    });
});
group('delete-heavy: 1000 move-to-end (pop + set) on 50 str keys', () => {
    summary(() => {
        const keys = keysOf(50);
        for (const impl of IMPLS) {
            const lru = specialise(lruT, impl.b);
            const d = filled(impl, keys);
            benchOps(`lru ${impl.name}`, 1000, () => do_not_optimize(lru(d, keys, 1000)));
        }
    });
});
await runAndReport('Q4 dict');
//# sourceMappingURL=dict.bench.js.map