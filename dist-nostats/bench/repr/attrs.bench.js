// Q5: instance attributes (self.x) in a method-heavy loop.
//   A   a PyDict per instance (the draft's layout: keys/values arrays + Map index), get/set by name
//   A+h the same dict with CPython 3.11's LOAD_ATTR_WITH_HINT: the site remembers the entry
//       position and validates it with keys[i] === name (instances of a class usually insert
//       their attributes in the same order, so positions agree)
//   B   hidden classes: instance = {cls, shape, slots[]}; shapes form a transition tree; each
//       LOAD_ATTR/STORE_ATTR site caches (shape, index) (and the transition for adding stores)
//   C   a JS object per instance with dynamic properties (attrs[name]); the interpreter's one
//       keyed load site sees every class and name, so V8's IC there is megamorphic
// All four check the type first (a data descriptor on the class wins over the instance), with
// the same per-site cache of the type's version; only the instance storage differs.
//   node dist/bench/repr/attrs.bench.js
import { group, summary, do_not_optimize } from 'mitata';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { benchOps, runAndReport, specialise } from './harness.js';
let typeVersions = 0;
class TypeObj {
    constructor(name) {
        this.name = name;
        this.version = ++typeVersions;
        this.ns = new Map();
        this.cache = new Map();
    }
    /** The draft's PyType.lookup: a per-type Map cache in front of the MRO walk. */
    lookup(name) {
        const c = this.cache.get(name);
        if (c !== undefined || this.cache.has(name))
            return c;
        const v = this.ns.get(name);
        this.cache.set(name, v);
        return v;
    }
}
class DataDescr {
    constructor(get) {
        this.get = get;
    }
}
/** One LOAD_ATTR / STORE_ATTR instruction's cache. */
class Site {
    constructor(name) {
        this.name = name;
        this.typeVersion = -1;
        this.shape = null;
        this.index = -1;
        this.addFrom = null;
        this.addTo = null;
    }
}
/** Shared by all: no data descriptor named site.name on cls (remembered per type version). */
function checkType(cls, site) {
    const d = cls.lookup(site.name);
    if (d instanceof DataDescr)
        throw new Error('data descriptors: not exercised');
    site.typeVersion = cls.version;
}
function attrError(cls, name) {
    throw new Error(`'${cls.name}' object has no attribute '${name}'`);
}
// ---------------------------------------------------------------------------------------------
// A: dict per instance
let dictVersions = 0;
class DictA {
    constructor() {
        this.keys = [];
        this.values = [];
        this.fast = new Map();
        this.size = 0;
        this.keysVersion = ++dictVersions;
    }
}
function dictGetStr(d, k) {
    const i = d.fast.get(k);
    return i === undefined ? undefined : d.values[i];
}
function dictSetStr(d, k, v) {
    const i = d.fast.get(k);
    if (i !== undefined) {
        d.values[i] = v;
        return;
    }
    d.fast.set(k, d.keys.length);
    d.keys.push(k);
    d.values.push(v);
    d.size++;
    d.keysVersion = ++dictVersions;
}
class InstA {
    constructor(cls) {
        this.cls = cls;
        this.dict = new DictA();
    }
}
function newA(cls) {
    return new InstA(cls);
}
function getattrA(o, site) {
    const cls = o.cls;
    if (cls.version !== site.typeVersion)
        checkType(cls, site);
    const v = dictGetStr(o.dict, site.name);
    if (v !== undefined)
        return v;
    const c = cls.lookup(site.name);
    return c !== undefined ? c : attrError(cls, site.name);
}
function setattrA(o, site, v) {
    const cls = o.cls;
    if (cls.version !== site.typeVersion)
        checkType(cls, site);
    dictSetStr(o.dict, site.name, v);
}
// A+h: the dict with a position hint per site
function getattrAH(o, site) {
    const cls = o.cls;
    if (cls.version !== site.typeVersion)
        checkType(cls, site);
    const d = o.dict;
    const i = site.index;
    if (i >= 0 && i < d.keys.length && d.keys[i] === site.name)
        return d.values[i];
    return getattrAHMiss(o, site);
}
function getattrAHMiss(o, site) {
    const i = o.dict.fast.get(site.name);
    if (i !== undefined) {
        site.index = i;
        return o.dict.values[i];
    }
    const c = o.cls.lookup(site.name);
    return c !== undefined ? c : attrError(o.cls, site.name);
}
function setattrAH(o, site, v) {
    const cls = o.cls;
    if (cls.version !== site.typeVersion)
        checkType(cls, site);
    const d = o.dict;
    const i = site.index;
    if (i >= 0 && i < d.keys.length && d.keys[i] === site.name) {
        d.values[i] = v;
        return;
    }
    dictSetStr(d, site.name, v);
    site.index = d.fast.get(site.name);
}
// ---------------------------------------------------------------------------------------------
// B: shapes + slots, inline caches per site
class Shape {
    constructor(names) {
        this.names = names;
        this.transitions = new Map();
        this.size = names.size;
    }
    add(name) {
        let s = this.transitions.get(name);
        if (s === undefined) {
            const names = new Map(this.names);
            names.set(name, names.size);
            s = new Shape(names);
            this.transitions.set(name, s);
        }
        return s;
    }
}
const ROOT_SHAPE = new Shape(new Map());
class InstB {
    constructor(cls) {
        this.cls = cls;
        this.shape = ROOT_SHAPE;
        this.slots = [];
    }
}
function newB(cls) {
    return new InstB(cls);
}
function getattrB(o, site) {
    if (o.shape === site.shape && o.cls.version === site.typeVersion)
        return o.slots[site.index];
    return getattrBMiss(o, site);
}
function getattrBMiss(o, site) {
    const cls = o.cls;
    checkType(cls, site);
    const i = o.shape.names.get(site.name);
    if (i !== undefined) {
        site.shape = o.shape;
        site.index = i;
        return o.slots[i];
    }
    const c = cls.lookup(site.name);
    return c !== undefined ? c : attrError(cls, site.name);
}
function setattrB(o, site, v) {
    if (o.cls.version === site.typeVersion) {
        if (o.shape === site.shape) {
            o.slots[site.index] = v;
            return;
        }
        if (o.shape === site.addFrom) {
            o.shape = site.addTo;
            o.slots.push(v);
            return;
        }
    }
    setattrBMiss(o, site, v);
}
function setattrBMiss(o, site, v) {
    checkType(o.cls, site);
    const i = o.shape.names.get(site.name);
    if (i !== undefined) {
        site.shape = o.shape;
        site.index = i;
        o.slots[i] = v;
        return;
    }
    const next = o.shape.add(site.name);
    site.addFrom = o.shape;
    site.addTo = next;
    o.shape = next;
    o.slots.push(v);
}
// ---------------------------------------------------------------------------------------------
// C: JS object with dynamic properties (fast-mode object whose prototype has no properties)
const AttrsProto = Object.create(null);
function Attrs() { }
Attrs.prototype = AttrsProto;
class InstC {
    constructor(cls) {
        this.cls = cls;
        this.attrs = new Attrs();
    }
}
function newC(cls) {
    return new InstC(cls);
}
function getattrC(o, site) {
    const cls = o.cls;
    if (cls.version !== site.typeVersion)
        checkType(cls, site);
    const v = o.attrs[site.name];
    if (v !== undefined)
        return v;
    const c = cls.lookup(site.name);
    return c !== undefined ? c : attrError(cls, site.name);
}
function setattrC(o, site, v) {
    const cls = o.cls;
    if (cls.version !== site.typeVersion)
        checkType(cls, site);
    o.attrs[site.name] = v;
}
function addInt(a, b) {
    if (typeof a === 'number' && typeof b === 'number')
        return a + b;
    throw new TypeError('unsupported');
}
function initParticleT(cls, S, x, y, vx, vy) {
    const self = newInst(cls);
    setattr(self, S[0], x);
    setattr(self, S[1], y);
    setattr(self, S[2], vx);
    setattr(self, S[3], vy);
    return self;
}
function initCounterT(cls, S) {
    const self = newInst(cls);
    setattr(self, S[0], 0);
    setattr(self, S[1], 0);
    return self;
}
function stepT(self, S) {
    setattr(self, S[0], addInt(getattr(self, S[1]), getattr(self, S[2])));
    setattr(self, S[3], addInt(getattr(self, S[4]), getattr(self, S[5])));
}
function counterAddT(self, S, v) {
    setattr(self, S[0], addInt(getattr(self, S[1]), 1));
    setattr(self, S[2], addInt(getattr(self, S[3]), v));
}
function loopT(ps, c, S) {
    for (let i = 0; i < ps.length; i++) {
        const p = ps[i];
        step(p, S[0]);
        counterAdd(c, S[1], getattr(p, S[2][0]));
    }
}
const LOOP_OPS = 11; // attribute operations per particle (7 loads, 4 stores)
const sites = (...names) => names.map((n) => new Site(n));
const ALTS = [
    { name: 'A dict per instance', b: { newInst: newA, getattr: getattrA, setattr: setattrA } },
    { name: 'A+h dict + position hint', b: { newInst: newA, getattr: getattrAH, setattr: setattrAH } },
    { name: 'B shape + slots + IC', b: { newInst: newB, getattr: getattrB, setattr: setattrB } },
    { name: 'C JS object attrs[name]', b: { newInst: newC, getattr: getattrC, setattr: setattrC } },
];
function setup(alt) {
    const Particle = new TypeObj('Particle');
    const Counter = new TypeObj('Counter');
    const b = { ...alt.b, addInt };
    const initP = specialise(initParticleT, b);
    const initC = specialise(initCounterT, b);
    const stepF = specialise(stepT, b);
    const addF = specialise(counterAddT, b);
    const loop = specialise(loopT, { ...b, step: stepF, counterAdd: addF });
    const initSites = sites('x', 'y', 'vx', 'vy');
    const ps = [];
    for (let i = 0; i < 100; i++)
        ps.push(initP(Particle, initSites, i, 2 * i, i % 2 ? 1 : -1, i % 3 ? 1 : -1));
    const c = initC(Counter, sites('n', 'total'));
    const S = [sites('x', 'x', 'vx', 'y', 'y', 'vy'), sites('n', 'n', 'total', 'total'), sites('vx')];
    return { Particle, Counter, initP, initC, loop, ps, c, S, initSites, getattr: alt.b.getattr };
}
// Pollution: the interpreter's getattr/setattr see many classes and names (5 other classes).
for (const alt of ALTS) {
    const b = alt.b;
    const names = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
    for (let k = 0; k < 5; k++) {
        const cls = new TypeObj(`K${k}`);
        const ss = sites(...names.slice(k, k + 3));
        for (let r = 0; r < 300; r++) {
            const o = b.newInst(cls);
            for (const s of ss)
                b.setattr(o, s, r);
            for (const s of ss)
                do_not_optimize(b.getattr(o, s));
        }
    }
}
// Sanity: all alternatives end in the same state.
{
    const out = ALTS.map((alt) => {
        const s = setup(alt);
        for (let k = 0; k < 10; k++)
            s.loop(s.ps, s.c, s.S);
        const total = sites('total', 'n', 'x');
        return [s.getattr(s.c, total[0]), s.getattr(s.c, total[1]), s.getattr(s.ps[7], total[2])].join(',');
    });
    if (!out.every((o) => o === out[0]))
        throw new Error(`attrs mismatch: ${out.join(' | ')}`);
}
group(`method loop: p.step(); c.add(p.vx) over 100 instances (${LOOP_OPS} attribute ops each)`, () => {
    summary(() => {
        for (const alt of ALTS) {
            const s = setup(alt);
            benchOps(`loop ${alt.name}`, 100 * LOOP_OPS, () => {
                s.loop(s.ps, s.c, s.S);
                do_not_optimize(s.c);
            });
        }
    });
});
group('creation: 100 x Particle(x, y, vx, vy) (4 attribute adds each)', () => {
    summary(() => {
        for (const alt of ALTS) {
            const s = setup(alt);
            const out = new Array(8).fill(null);
            benchOps(`create ${alt.name}`, 100, () => {
                for (let i = 0; i < 100; i++)
                    out[i & 7] = s.initP(s.Particle, s.initSites, i, i, 1, 1);
                do_not_optimize(out);
            });
        }
    });
});
// Retained heap per Particle instance (4 int attributes), from heapUsed around 20000 of them.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc');
const memory = [];
for (const alt of ALTS) {
    const s = setup(alt);
    const keep = new Array(20000).fill(null);
    gc();
    const before = process.memoryUsage().heapUsed;
    for (let i = 0; i < keep.length; i++)
        keep[i] = s.initP(s.Particle, s.initSites, i, i, 1, 1);
    gc();
    const bytes = (process.memoryUsage().heapUsed - before) / keep.length;
    do_not_optimize(keep);
    memory.push(`| ${alt.name} | ${bytes.toFixed(0)} |`);
}
await runAndReport('Q5 instance attributes');
console.log('\n| retained heap per Particle (4 attributes) | bytes |\n|---|---:|\n' + memory.join('\n'));
//# sourceMappingURL=attrs.bench.js.map