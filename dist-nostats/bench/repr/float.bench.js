// Q2: how to represent Python float (given int = JS number when safe, Q1).
//   A  boxed class {cls, dict, value}, a new box per result (the lead's draft)
//   B  boxed class with the one field {value} (cls on the prototype, no dict slot)
//   C  hybrid: a float whose value is not an integer is a raw JS number (an int never is one);
//      an integral-valued float (1.0, -0.0, 1e300) is boxed. Int ops pay Number.isInteger checks.
//   D  float = raw JS number always: the lower bound, only possible if int is not a JS number
//      (ints here are bigints, as Q1-B, with its int costs).
// The program text (n-body's advance, an int loop) is written once and specialised per
// alternative (harness.ts) so each copy has its own JIT feedback. As in a stack VM, every result
// is stored to a generic array (locals L, value stack S, a Python list), so boxes cannot be
// removed by escape analysis and raw doubles pay V8's HeapNumber boxing where a VM would.
//   node dist/bench/repr/float.bench.js
import { group, summary, do_not_optimize } from 'mitata';
import { benchOps, runAndReport, specialise } from './harness.js';
const MAXS = Number.MAX_SAFE_INTEGER;
const MINS = -MAXS;
class TypeObj {
    constructor(name) {
        this.name = name;
    }
}
const T_FLOAT = new TypeObj('float');
const T_STR = new TypeObj('str');
class Other {
    constructor(cls) {
        this.cls = cls;
    }
}
/** n-body advance(dt): bodies are Python lists [x, y, z, vx, vy, vz, mass]. */
function advanceT(bodies, L, S, dt) {
    const n = bodies.length;
    for (let i = 0; i < n; i++) {
        const bi = bodies[i];
        for (let j = i + 1; j < n; j++) {
            const bj = bodies[j];
            L[0] = sub(bi[0], bj[0]); // dx
            L[1] = sub(bi[1], bj[1]); // dy
            L[2] = sub(bi[2], bj[2]); // dz
            S[0] = mul(L[0], L[0]);
            S[1] = mul(L[1], L[1]);
            S[0] = add(S[0], S[1]);
            S[1] = mul(L[2], L[2]);
            L[3] = add(S[0], S[1]); // d2
            S[0] = sqrt(L[3]);
            S[0] = mul(L[3], S[0]);
            L[4] = div(dt, S[0]); // mag = dt / (d2 * sqrt(d2))
            L[5] = mul(bi[6], L[4]); // bim
            L[6] = mul(bj[6], L[4]); // bjm
            S[0] = mul(L[0], L[6]);
            bi[3] = sub(bi[3], S[0]);
            S[0] = mul(L[1], L[6]);
            bi[4] = sub(bi[4], S[0]);
            S[0] = mul(L[2], L[6]);
            bi[5] = sub(bi[5], S[0]);
            S[0] = mul(L[0], L[5]);
            bj[3] = add(bj[3], S[0]);
            S[0] = mul(L[1], L[5]);
            bj[4] = add(bj[4], S[0]);
            S[0] = mul(L[2], L[5]);
            bj[5] = add(bj[5], S[0]);
        }
    }
    for (let i = 0; i < n; i++) {
        const b = bodies[i];
        S[0] = mul(dt, b[3]);
        b[0] = add(b[0], S[0]);
        S[0] = mul(dt, b[4]);
        b[1] = add(b[1], S[0]);
        S[0] = mul(dt, b[5]);
        b[2] = add(b[2], S[0]);
    }
}
const ADVANCE_OPS = 10 * 25 + 5 * 6; // 5 bodies: 10 pairs x 25 float ops, 5 x 6 position ops
/** total = 0; i = 0; while i < n: total = total + i * i; i = i + 1 */
function sumsqT(L, n) {
    L[0] = n;
    L[1] = K0;
    L[2] = K0;
    while (lt(L[2], L[0]) === true) {
        L[1] = add(L[1], mul(L[2], L[2]));
        L[2] = add(L[2], K1);
    }
    return L[1];
}
// ---------------------------------------------------------------------------------------------
// A: int = number, float = {cls, dict, value}
class ObjA {
    constructor(cls, dict = null) {
        this.cls = cls;
        this.dict = dict;
    }
}
class FloatA extends ObjA {
    constructor(value) {
        super(T_FLOAT);
        this.value = value;
    }
}
function fvA(v) {
    if (v instanceof FloatA)
        return v.value;
    if (typeof v === 'number')
        return v + 0;
    if (typeof v === 'boolean')
        return v ? 1 : 0;
    return undefined;
}
function slowA(op, a, b) {
    if (op === '+' && typeof a === 'string' && typeof b === 'string')
        return a + b;
    if (typeof a === 'bigint' || typeof b === 'bigint')
        return 0n; // big-int paths: not exercised
    throw new TypeError(`unsupported operand type(s) for ${op}`);
}
function addA(a, b) {
    if (typeof a === 'number' && typeof b === 'number') {
        const r = a + b;
        if (r >= MINS && r <= MAXS)
            return r;
        return slowA('+', a, b);
    }
    const x = fvA(a);
    const y = fvA(b);
    if (x !== undefined && y !== undefined)
        return new FloatA(x + y);
    return slowA('+', a, b);
}
function subA(a, b) {
    if (typeof a === 'number' && typeof b === 'number') {
        const r = a - b;
        if (r >= MINS && r <= MAXS)
            return r;
        return slowA('-', a, b);
    }
    const x = fvA(a);
    const y = fvA(b);
    if (x !== undefined && y !== undefined)
        return new FloatA(x - y);
    return slowA('-', a, b);
}
function mulA(a, b) {
    if (typeof a === 'number' && typeof b === 'number') {
        const r = a * b;
        if (Number.isSafeInteger(r))
            return r;
        return slowA('*', a, b);
    }
    const x = fvA(a);
    const y = fvA(b);
    if (x !== undefined && y !== undefined)
        return new FloatA(x * y);
    return slowA('*', a, b);
}
function divA(a, b) {
    const x = fvA(a);
    const y = fvA(b);
    if (x !== undefined && y !== undefined && y !== 0)
        return new FloatA(x / y);
    return slowA('/', a, b);
}
function sqrtA(a) {
    const x = fvA(a);
    if (x !== undefined && x >= 0)
        return new FloatA(Math.sqrt(x));
    throw new RangeError('math domain error');
}
function ltA(a, b) {
    if (typeof a === 'number' && typeof b === 'number')
        return a < b;
    const x = fvA(a);
    const y = fvA(b);
    if (x !== undefined && y !== undefined)
        return x < y;
    throw new TypeError("'<' not supported");
}
const floatA = (x) => new FloatA(x);
const opsA = { add: addA, sub: subA, mul: mulA, div: divA, sqrt: sqrtA, lt: ltA, K0: 0, K1: 1 };
// ---------------------------------------------------------------------------------------------
// B: int = number, float = {value} (type on the prototype)
class FloatB {
    constructor(value) {
        this.value = value;
    }
}
Object.defineProperty(FloatB.prototype, 'cls', { value: T_FLOAT });
function fvB(v) {
    if (v instanceof FloatB)
        return v.value;
    if (typeof v === 'number')
        return v + 0;
    if (typeof v === 'boolean')
        return v ? 1 : 0;
    return undefined;
}
function slowB(op, a, b) {
    if (op === '+' && typeof a === 'string' && typeof b === 'string')
        return a + b;
    if (typeof a === 'bigint' || typeof b === 'bigint')
        return 0n;
    throw new TypeError(`unsupported operand type(s) for ${op}`);
}
function addB(a, b) {
    if (typeof a === 'number' && typeof b === 'number') {
        const r = a + b;
        if (r >= MINS && r <= MAXS)
            return r;
        return slowB('+', a, b);
    }
    const x = fvB(a);
    const y = fvB(b);
    if (x !== undefined && y !== undefined)
        return new FloatB(x + y);
    return slowB('+', a, b);
}
function subB(a, b) {
    if (typeof a === 'number' && typeof b === 'number') {
        const r = a - b;
        if (r >= MINS && r <= MAXS)
            return r;
        return slowB('-', a, b);
    }
    const x = fvB(a);
    const y = fvB(b);
    if (x !== undefined && y !== undefined)
        return new FloatB(x - y);
    return slowB('-', a, b);
}
function mulB(a, b) {
    if (typeof a === 'number' && typeof b === 'number') {
        const r = a * b;
        if (Number.isSafeInteger(r))
            return r;
        return slowB('*', a, b);
    }
    const x = fvB(a);
    const y = fvB(b);
    if (x !== undefined && y !== undefined)
        return new FloatB(x * y);
    return slowB('*', a, b);
}
function divB(a, b) {
    const x = fvB(a);
    const y = fvB(b);
    if (x !== undefined && y !== undefined && y !== 0)
        return new FloatB(x / y);
    return slowB('/', a, b);
}
function sqrtB(a) {
    const x = fvB(a);
    if (x !== undefined && x >= 0)
        return new FloatB(Math.sqrt(x));
    throw new RangeError('math domain error');
}
function ltB(a, b) {
    if (typeof a === 'number' && typeof b === 'number')
        return a < b;
    const x = fvB(a);
    const y = fvB(b);
    if (x !== undefined && y !== undefined)
        return x < y;
    throw new TypeError("'<' not supported");
}
const floatB = (x) => new FloatB(x);
const opsB = { add: addB, sub: subB, mul: mulB, div: divB, sqrt: sqrtB, lt: ltB, K0: 0, K1: 1 };
// ---------------------------------------------------------------------------------------------
// C: hybrid. typeof v === 'number': an int if Number.isInteger(v), else a float; FloatC boxes
// the integral-valued floats.
class FloatC {
    constructor(value) {
        this.value = value;
    }
}
function mkFloatC(x) {
    return Number.isInteger(x) ? new FloatC(x) : x;
}
function fvC(v) {
    if (typeof v === 'number')
        return v + 0;
    if (v instanceof FloatC)
        return v.value;
    if (typeof v === 'boolean')
        return v ? 1 : 0;
    return undefined;
}
function slowC(op, a, b) {
    if (op === '+' && typeof a === 'string' && typeof b === 'string')
        return a + b;
    if (typeof a === 'bigint' || typeof b === 'bigint')
        return 0n;
    throw new TypeError(`unsupported operand type(s) for ${op}`);
}
function addC(a, b) {
    if (typeof a === 'number' && typeof b === 'number') {
        const r = a + b;
        if (!Number.isInteger(r))
            return r; // a float operand, non-integral result
        if (Number.isInteger(a) && Number.isInteger(b))
            return r >= MINS && r <= MAXS ? r : slowC('+', a, b);
        return new FloatC(r);
    }
    const x = fvC(a);
    const y = fvC(b);
    if (x !== undefined && y !== undefined)
        return mkFloatC(x + y);
    return slowC('+', a, b);
}
function subC(a, b) {
    if (typeof a === 'number' && typeof b === 'number') {
        const r = a - b;
        if (!Number.isInteger(r))
            return r;
        if (Number.isInteger(a) && Number.isInteger(b))
            return r >= MINS && r <= MAXS ? r : slowC('-', a, b);
        return new FloatC(r);
    }
    const x = fvC(a);
    const y = fvC(b);
    if (x !== undefined && y !== undefined)
        return mkFloatC(x - y);
    return slowC('-', a, b);
}
function mulC(a, b) {
    if (typeof a === 'number' && typeof b === 'number') {
        const r = a * b;
        if (!Number.isInteger(r))
            return r;
        if (Number.isInteger(a) && Number.isInteger(b))
            return Number.isSafeInteger(r) ? r : slowC('*', a, b);
        return new FloatC(r);
    }
    const x = fvC(a);
    const y = fvC(b);
    if (x !== undefined && y !== undefined)
        return mkFloatC(x * y);
    return slowC('*', a, b);
}
function divC(a, b) {
    const x = fvC(a);
    const y = fvC(b);
    if (x !== undefined && y !== undefined && y !== 0)
        return mkFloatC(x / y);
    return slowC('/', a, b);
}
function sqrtC(a) {
    const x = fvC(a);
    if (x !== undefined && x >= 0)
        return mkFloatC(Math.sqrt(x));
    throw new RangeError('math domain error');
}
function ltC(a, b) {
    if (typeof a === 'number' && typeof b === 'number')
        return a < b;
    const x = fvC(a);
    const y = fvC(b);
    if (x !== undefined && y !== undefined)
        return x < y;
    throw new TypeError("'<' not supported");
}
const floatC = (x) => mkFloatC(x);
const opsC = { add: addC, sub: subC, mul: mulC, div: divC, sqrt: sqrtC, lt: ltC, K0: 0, K1: 1 };
function fvD(v) {
    if (typeof v === 'number')
        return v;
    if (typeof v === 'bigint')
        return Number(v);
    if (typeof v === 'boolean')
        return v ? 1 : 0;
    return undefined;
}
function slowD(op, a, b) {
    if (op === '+' && typeof a === 'string' && typeof b === 'string')
        return a + b;
    const x = fvD(a);
    const y = fvD(b);
    if (x === undefined || y === undefined)
        throw new TypeError(`unsupported operand type(s) for ${op}`);
    return op === '+' ? x + y : op === '-' ? x - y : x * y;
}
function addD(a, b) {
    if (typeof a === 'number' && typeof b === 'number')
        return a + b;
    if (typeof a === 'bigint' && typeof b === 'bigint')
        return a + b;
    return slowD('+', a, b);
}
function subD(a, b) {
    if (typeof a === 'number' && typeof b === 'number')
        return a - b;
    if (typeof a === 'bigint' && typeof b === 'bigint')
        return a - b;
    return slowD('-', a, b);
}
function mulD(a, b) {
    if (typeof a === 'number' && typeof b === 'number')
        return a * b;
    if (typeof a === 'bigint' && typeof b === 'bigint')
        return a * b;
    return slowD('*', a, b);
}
function divD(a, b) {
    const x = fvD(a);
    const y = fvD(b);
    if (x !== undefined && y !== undefined && y !== 0)
        return x / y;
    throw new RangeError('division by zero');
}
function sqrtD(a) {
    const x = fvD(a);
    if (x !== undefined && x >= 0)
        return Math.sqrt(x);
    throw new RangeError('math domain error');
}
function ltD(a, b) {
    if (typeof a === 'number' && typeof b === 'number')
        return a < b;
    if (typeof a === 'bigint' && typeof b === 'bigint')
        return a < b;
    const x = fvD(a);
    const y = fvD(b);
    if (x !== undefined && y !== undefined)
        return x < y;
    throw new TypeError("'<' not supported");
}
const floatD = (x) => x;
const opsD = { add: addD, sub: subD, mul: mulD, div: divD, sqrt: sqrtD, lt: ltD, K0: 0n, K1: 1n };
// ---------------------------------------------------------------------------------------------
// Pollution: each alternative's operators see ints, floats, bools and strs.
function pollute(ops, mkF, int) {
    const o = ops;
    for (let k = 0; k < 3000; k++) {
        const f = mkF(k + 0.25);
        const g = mkF(k); // integral-valued float
        const i = int(k + 1);
        for (const name of ['add', 'sub', 'mul', 'lt']) {
            do_not_optimize(o[name](i, i));
            do_not_optimize(o[name](f, g));
            do_not_optimize(o[name](i, f));
            do_not_optimize(o[name](g, true));
        }
        do_not_optimize(o.add('a', 'b'));
        do_not_optimize(o.div(i, f));
        do_not_optimize(o.div(g, i));
        do_not_optimize(o.sqrt(f));
        do_not_optimize(o.sqrt(i));
    }
}
pollute(opsA, floatA, (n) => n);
pollute(opsB, floatB, (n) => n);
pollute(opsC, floatC, (n) => n);
pollute(opsD, floatD, (n) => BigInt(n));
const PI = 3.141592653589793;
const SOLAR_MASS = 4 * PI * PI;
const DPY = 365.24;
const SYSTEM = [
    [0, 0, 0, 0, 0, 0, SOLAR_MASS],
    [4.84143144246472090e0, -1.16032004402742839e0, -1.03622044471123109e-1, 1.66007664274403694e-3 * DPY, 7.69901118419740425e-3 * DPY, -6.90460016972063023e-5 * DPY, 9.54791938424326609e-4 * SOLAR_MASS],
    [8.34336671824457987e0, 4.12479856412430479e0, -4.03523417114321381e-1, -2.76742510726862411e-3 * DPY, 4.99852801234917238e-3 * DPY, 2.30417297573763929e-5 * DPY, 2.85885980666130812e-4 * SOLAR_MASS],
    [1.28943695621391310e1, -1.51111514016986312e1, -2.23307578892655734e-1, 2.96460137564761618e-3 * DPY, 2.37847173959480950e-3 * DPY, -2.96589568540237556e-5 * DPY, 4.36624404335156298e-5 * SOLAR_MASS],
    [1.53796971148509165e1, -2.59193146099879641e1, 1.79258772950371181e-1, 2.68067772490389322e-3 * DPY, 1.62824170038242295e-3 * DPY, -9.51592254519715870e-5 * DPY, 5.15138902046611451e-5 * SOLAR_MASS],
];
// Python lists of floats (the Sun starts at 0.0, an integral float: boxed in C).
function bodiesOf(mkF) {
    return SYSTEM.map((b) => b.map(mkF));
}
function frameArray() {
    return [null, null, null, null, null, null, null, 'pad'];
}
const ALTS = [
    { name: 'A boxed {cls,dict,value}', ops: opsA, mkF: floatA, int: (n) => n, fv: fvA },
    { name: 'B boxed {value}', ops: opsB, mkF: floatB, int: (n) => n, fv: fvB },
    { name: 'C hybrid raw non-integral', ops: opsC, mkF: floatC, int: (n) => n, fv: fvC },
    { name: 'D raw number (int=bigint)', ops: opsD, mkF: floatD, int: (n) => BigInt(n), fv: fvD },
];
// Sanity: identical trajectories (same IEEE operations in the same order).
{
    const xs = ALTS.map((alt) => {
        const adv = specialise(advanceT, alt.ops);
        const bodies = bodiesOf(alt.mkF);
        const dt = alt.mkF(0.01);
        for (let k = 0; k < 1000; k++)
            adv(bodies, frameArray(), frameArray(), dt);
        return alt.fv(bodies[0][0]);
    });
    if (!xs.every((x) => x === xs[0]))
        throw new Error(`n-body mismatch: ${xs}`);
}
group(`n-body advance(0.01), 5 bodies: ${ADVANCE_OPS} float ops per call`, () => {
    summary(() => {
        for (const alt of ALTS) {
            const adv = specialise(advanceT, alt.ops);
            const bodies = bodiesOf(alt.mkF);
            const L = frameArray();
            const S = frameArray();
            const dt = alt.mkF(0.01);
            benchOps(`nbody ${alt.name}`, ADVANCE_OPS, () => {
                adv(bodies, L, S, dt);
                do_not_optimize(bodies);
            });
        }
    });
});
group('the int tax: sum of squares n=1000 (1 mul, 2 add, 1 lt per iteration)', () => {
    summary(() => {
        for (const alt of [ALTS[0], ALTS[2], ALTS[3]]) {
            const sumsq = specialise(sumsqT, alt.ops);
            const L = frameArray();
            const n = alt.int(1000);
            benchOps(`sumsq ${alt.name}`, 1000, () => do_not_optimize(sumsq(L, n)));
        }
    });
});
// int / float / bool / other discrimination over 1024 mixed values: 40% int, 30% float (one in
// ten integral-valued), 10% bool, 10% str, 10% other objects.
const MIX = 1024;
function mixOf(mkF, int) {
    const out = [];
    let seed = 99;
    for (let i = 0; i < MIX; i++) {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        const r = seed / 2147483648;
        if (r < 0.4)
            out.push(int(i));
        else if (r < 0.7)
            out.push(mkF(i % 10 === 0 ? i : i + 0.5));
        else if (r < 0.8)
            out.push(i % 2 === 0);
        else if (r < 0.9)
            out.push('s' + i);
        else
            out.push(new Other(T_STR));
    }
    return out;
}
/** Kind codes: 0 int, 1 float, 2 bool, 3 other. */
function kindsA(vs, counts) {
    for (let i = 0; i < vs.length; i++) {
        const v = vs[i];
        const k = typeof v === 'number' ? 0 : typeof v === 'boolean' ? 2 : v instanceof FloatA ? 1 : 3;
        counts[k]++;
    }
}
function kindsB(vs, counts) {
    for (let i = 0; i < vs.length; i++) {
        const v = vs[i];
        const k = typeof v === 'number' ? 0 : typeof v === 'boolean' ? 2 : v instanceof FloatB ? 1 : 3;
        counts[k]++;
    }
}
function kindsC(vs, counts) {
    for (let i = 0; i < vs.length; i++) {
        const v = vs[i];
        const k = typeof v === 'number' ? (Number.isInteger(v) ? 0 : 1) : typeof v === 'boolean' ? 2 : v instanceof FloatC ? 1 : 3;
        counts[k]++;
    }
}
function kindsD(vs, counts) {
    for (let i = 0; i < vs.length; i++) {
        const v = vs[i];
        const k = typeof v === 'number' ? 1 : typeof v === 'bigint' ? 0 : typeof v === 'boolean' ? 2 : 3;
        counts[k]++;
    }
}
group('int/float/bool/other discrimination, 1024 mixed values', () => {
    summary(() => {
        const kinds = [kindsA, kindsB, kindsC, kindsD];
        const results = [];
        ALTS.forEach((alt, i) => {
            const vs = mixOf(alt.mkF, alt.int);
            const counts = new Int32Array(4);
            kinds[i](vs, counts);
            results.push(counts.join(','));
            benchOps(`kind ${alt.name}`, MIX, () => {
                kinds[i](vs, counts);
                do_not_optimize(counts);
            });
        });
        if (!results.every((r) => r === results[0]))
            throw new Error(`kind mismatch: ${results}`);
    });
});
await runAndReport('Q2 float representation');
//# sourceMappingURL=float.bench.js.map