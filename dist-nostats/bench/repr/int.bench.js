// Q1: how to represent Python int.
//   A  JS number when a safe integer, else bigint (the lead's draft), overflow-checked per op
//   B  always bigint
//   C  boxed object {cls, dict, value:number} with CPython's small-int cache (-5..256)
// Each alternative gets its own generic operator functions (add/sub/mul/mod/lt) with the slow
// paths an interpreter needs (str concat, floats, bool, bigints), pre-polluted with those types
// so the JIT sees the polymorphism a real BINARY_OP handler sees. Python locals live in a generic
// JS array (as in a frame), so non-Smi numbers pay V8's HeapNumber boxing like they will in Dyad.
// Fields are `declare`d and assigned in constructors: see fields.bench.ts for why.
//   node dist/bench/repr/int.bench.js
import { group, summary, do_not_optimize } from 'mitata';
import { benchOps, runAndReport } from './harness.js';
const MAXS = Number.MAX_SAFE_INTEGER;
const MINS = -MAXS;
/** Stand-in for the type objects and other heap objects (lists, instances, None...). */
class TypeObj {
    constructor(name) {
        this.name = name;
    }
}
const T_INT = new TypeObj('int');
const T_BOOL = new TypeObj('bool');
const T_STR = new TypeObj('str');
const T_FLOAT = new TypeObj('float');
// ---------------------------------------------------------------------------------------------
// A: number | bigint
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
class ListA extends ObjA {
    constructor(cls) {
        super(cls);
        this.items = [];
    }
}
function normA(v) {
    return v >= MINS && v <= MAXS ? Number(v) : v;
}
function asBigA(v) {
    if (typeof v === 'number')
        return BigInt(v);
    if (typeof v === 'bigint')
        return v;
    if (typeof v === 'boolean')
        return v ? 1n : 0n;
    return null;
}
function asFloatA(v) {
    if (v instanceof FloatA)
        return v.value;
    if (typeof v === 'number')
        return v + 0; // -0 from int ops becomes 0.0
    if (typeof v === 'bigint')
        return Number(v);
    if (typeof v === 'boolean')
        return v ? 1 : 0;
    throw new TypeError('unsupported operand');
}
function arithSlowA(op, a, b) {
    if (op === 0 && typeof a === 'string' && typeof b === 'string')
        return a + b;
    if (a instanceof FloatA || b instanceof FloatA) {
        const x = asFloatA(a);
        const y = asFloatA(b);
        return new FloatA(op === 0 ? x + y : op === 1 ? x - y : op === 2 ? x * y : x % y);
    }
    const x = asBigA(a);
    const y = asBigA(b);
    if (x === null || y === null)
        throw new TypeError('unsupported operand');
    if (op === 3) {
        let r = x % y;
        if (r !== 0n && r < 0n !== y < 0n)
            r += y;
        return normA(r);
    }
    return normA(op === 0 ? x + y : op === 1 ? x - y : x * y);
}
function addA(a, b) {
    if (typeof a === 'number' && typeof b === 'number') {
        const r = a + b;
        if (r >= MINS && r <= MAXS)
            return r;
    }
    return arithSlowA(0, a, b);
}
function subA(a, b) {
    if (typeof a === 'number' && typeof b === 'number') {
        const r = a - b;
        if (r >= MINS && r <= MAXS)
            return r;
    }
    return arithSlowA(1, a, b);
}
function mulA(a, b) {
    if (typeof a === 'number' && typeof b === 'number') {
        const r = a * b;
        if (Number.isSafeInteger(r))
            return r;
    }
    return arithSlowA(2, a, b);
}
function modA(a, b) {
    if (typeof a === 'number' && typeof b === 'number' && b !== 0) {
        let r = a % b;
        if (r !== 0 && r < 0 !== b < 0)
            r += b;
        return r;
    }
    return arithSlowA(3, a, b);
}
function ltSlowA(a, b) {
    if (typeof a === 'string' && typeof b === 'string')
        return a < b;
    if (a instanceof FloatA || b instanceof FloatA)
        return asFloatA(a) < asFloatA(b);
    const x = asBigA(a);
    const y = asBigA(b);
    if (x === null || y === null)
        throw new TypeError("'<' not supported");
    return x < y;
}
function ltA(a, b) {
    if (typeof a === 'number' && typeof b === 'number')
        return a < b;
    return ltSlowA(a, b);
}
function sumsqA(L, n) {
    // total = 0; i = 0
    // while i < n: total = total + i * i; i = i + 1
    L[0] = n;
    L[1] = 0;
    L[2] = 0;
    while (ltA(L[2], L[0]) === true) {
        L[1] = addA(L[1], mulA(L[2], L[2]));
        L[2] = addA(L[2], 1);
    }
    return L[1];
}
function hashA(L, n) {
    // h = 7; i = 0
    // while i < n: h = (h * 31 + i) % 1000000007; i = i + 1
    L[0] = n;
    L[1] = 7;
    L[2] = 0;
    while (ltA(L[2], L[0]) === true) {
        L[1] = modA(addA(mulA(L[1], 31), L[2]), 1000000007);
        L[2] = addA(L[2], 1);
    }
    return L[1];
}
function fibA(n) {
    // def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
    const L = [n];
    if (ltA(L[0], 2) === true)
        return L[0];
    return addA(fibA(subA(L[0], 1)), fibA(subA(L[0], 2)));
}
// ---------------------------------------------------------------------------------------------
// B: always bigint
class ObjB {
    constructor(cls, dict = null) {
        this.cls = cls;
        this.dict = dict;
    }
}
class FloatB extends ObjB {
    constructor(value) {
        super(T_FLOAT);
        this.value = value;
    }
}
function asFloatB(v) {
    if (v instanceof FloatB)
        return v.value;
    if (typeof v === 'bigint')
        return Number(v);
    if (typeof v === 'boolean')
        return v ? 1 : 0;
    throw new TypeError('unsupported operand');
}
function arithSlowB(op, a, b) {
    if (op === 0 && typeof a === 'string' && typeof b === 'string')
        return a + b;
    if (a instanceof FloatB || b instanceof FloatB) {
        const x = asFloatB(a);
        const y = asFloatB(b);
        return new FloatB(op === 0 ? x + y : op === 1 ? x - y : op === 2 ? x * y : x % y);
    }
    const x = typeof a === 'boolean' ? (a ? 1n : 0n) : a;
    const y = typeof b === 'boolean' ? (b ? 1n : 0n) : b;
    if (typeof x !== 'bigint' || typeof y !== 'bigint')
        throw new TypeError('unsupported operand');
    if (op === 3) {
        let r = x % y;
        if (r !== 0n && r < 0n !== y < 0n)
            r += y;
        return r;
    }
    return op === 0 ? x + y : op === 1 ? x - y : x * y;
}
function addB(a, b) {
    if (typeof a === 'bigint' && typeof b === 'bigint')
        return a + b;
    return arithSlowB(0, a, b);
}
function subB(a, b) {
    if (typeof a === 'bigint' && typeof b === 'bigint')
        return a - b;
    return arithSlowB(1, a, b);
}
function mulB(a, b) {
    if (typeof a === 'bigint' && typeof b === 'bigint')
        return a * b;
    return arithSlowB(2, a, b);
}
function modB(a, b) {
    if (typeof a === 'bigint' && typeof b === 'bigint' && b !== 0n) {
        let r = a % b;
        if (r !== 0n && r < 0n !== b < 0n)
            r += b;
        return r;
    }
    return arithSlowB(3, a, b);
}
function ltB(a, b) {
    if (typeof a === 'bigint' && typeof b === 'bigint')
        return a < b;
    if (typeof a === 'string' && typeof b === 'string')
        return a < b;
    return asFloatB(a) < asFloatB(b);
}
function sumsqB(L, n) {
    L[0] = n;
    L[1] = 0n;
    L[2] = 0n;
    while (ltB(L[2], L[0]) === true) {
        L[1] = addB(L[1], mulB(L[2], L[2]));
        L[2] = addB(L[2], 1n);
    }
    return L[1];
}
function hashB(L, n) {
    L[0] = n;
    L[1] = 7n;
    L[2] = 0n;
    while (ltB(L[2], L[0]) === true) {
        L[1] = modB(addB(mulB(L[1], 31n), L[2]), 1000000007n);
        L[2] = addB(L[2], 1n);
    }
    return L[1];
}
function fibB(n) {
    const L = [n];
    if (ltB(L[0], 2n) === true)
        return L[0];
    return addB(fibB(subB(L[0], 1n)), fibB(subB(L[0], 2n)));
}
// ---------------------------------------------------------------------------------------------
// C: boxed ints {cls, dict, value}, small-int cache, bigints in a second box class
class ObjC {
    constructor(cls, dict = null) {
        this.cls = cls;
        this.dict = dict;
    }
}
class IntC extends ObjC {
    constructor(value) {
        super(T_INT);
        this.value = value;
    }
}
class BigC extends ObjC {
    constructor(value) {
        super(T_INT);
        this.value = value;
    }
}
class FloatC extends ObjC {
    constructor(value) {
        super(T_FLOAT);
        this.value = value;
    }
}
class StrC extends ObjC {
    constructor(value) {
        super(T_STR);
        this.value = value;
    }
}
class BoolC extends ObjC {
    constructor(value) {
        super(T_BOOL);
        this.value = value;
    }
}
const TRUE_C = new BoolC(true);
const FALSE_C = new BoolC(false);
const SMALL_C = [];
for (let i = -5; i <= 256; i++)
    SMALL_C.push(new IntC(i));
function mkIntC(r) {
    return r >= -5 && r <= 256 ? SMALL_C[r + 5] : new IntC(r);
}
function normC(v) {
    return v >= MINS && v <= MAXS ? mkIntC(Number(v)) : new BigC(v);
}
function asBigC(v) {
    if (v instanceof IntC)
        return BigInt(v.value);
    if (v instanceof BigC)
        return v.value;
    if (v instanceof BoolC)
        return v.value ? 1n : 0n;
    return null;
}
function asFloatC(v) {
    if (v instanceof FloatC || v instanceof IntC)
        return v.value + 0;
    if (v instanceof BigC)
        return Number(v.value);
    if (v instanceof BoolC)
        return v.value ? 1 : 0;
    throw new TypeError('unsupported operand');
}
function arithSlowC(op, a, b) {
    if (op === 0 && a instanceof StrC && b instanceof StrC)
        return new StrC(a.value + b.value);
    if (a instanceof FloatC || b instanceof FloatC) {
        const x = asFloatC(a);
        const y = asFloatC(b);
        return new FloatC(op === 0 ? x + y : op === 1 ? x - y : op === 2 ? x * y : x % y);
    }
    const x = asBigC(a);
    const y = asBigC(b);
    if (x === null || y === null)
        throw new TypeError('unsupported operand');
    if (op === 3) {
        let r = x % y;
        if (r !== 0n && r < 0n !== y < 0n)
            r += y;
        return normC(r);
    }
    return normC(op === 0 ? x + y : op === 1 ? x - y : x * y);
}
function addC(a, b) {
    if (a instanceof IntC && b instanceof IntC) {
        const r = a.value + b.value;
        if (r >= MINS && r <= MAXS)
            return mkIntC(r);
    }
    return arithSlowC(0, a, b);
}
function subC(a, b) {
    if (a instanceof IntC && b instanceof IntC) {
        const r = a.value - b.value;
        if (r >= MINS && r <= MAXS)
            return mkIntC(r);
    }
    return arithSlowC(1, a, b);
}
function mulC(a, b) {
    if (a instanceof IntC && b instanceof IntC) {
        const r = a.value * b.value;
        if (Number.isSafeInteger(r))
            return mkIntC(r);
    }
    return arithSlowC(2, a, b);
}
function modC(a, b) {
    if (a instanceof IntC && b instanceof IntC && b.value !== 0) {
        let r = a.value % b.value;
        if (r !== 0 && r < 0 !== b.value < 0)
            r += b.value;
        return mkIntC(r);
    }
    return arithSlowC(3, a, b);
}
function ltC(a, b) {
    if (a instanceof IntC && b instanceof IntC)
        return a.value < b.value ? TRUE_C : FALSE_C;
    if (a instanceof StrC && b instanceof StrC)
        return a.value < b.value ? TRUE_C : FALSE_C;
    return asFloatC(a) < asFloatC(b) ? TRUE_C : FALSE_C;
}
const ONE_C = mkIntC(1);
const TWO_C = mkIntC(2);
const C31 = mkIntC(31);
const CMOD = mkIntC(1000000007);
function sumsqC(L, n) {
    L[0] = n;
    L[1] = mkIntC(0);
    L[2] = mkIntC(0);
    while (ltC(L[2], L[0]) === TRUE_C) {
        L[1] = addC(L[1], mulC(L[2], L[2]));
        L[2] = addC(L[2], ONE_C);
    }
    return L[1];
}
function hashC(L, n) {
    L[0] = n;
    L[1] = mkIntC(7);
    L[2] = mkIntC(0);
    while (ltC(L[2], L[0]) === TRUE_C) {
        L[1] = modC(addC(mulC(L[1], C31), L[2]), CMOD);
        L[2] = addC(L[2], ONE_C);
    }
    return L[1];
}
function fibC(n) {
    const L = [n];
    if (ltC(L[0], TWO_C) === TRUE_C)
        return L[0];
    return addC(fibC(subC(L[0], ONE_C)), fibC(subC(L[0], TWO_C)));
}
// ---------------------------------------------------------------------------------------------
// Pollution: the operator functions see every operand type, as a BINARY_OP handler does.
function pollute() {
    for (let k = 0; k < 2000; k++) {
        const fa = new FloatA(k + 0.5);
        do_not_optimize([addA('a', 'b'), addA(fa, k), mulA(k, fa), ltA('a', 'b'), ltA(fa, 3), addA(2 ** 52, 2 ** 52), mulA(true, 3), modA(2n ** 70n, 7), subA(fa, true)]);
        const fb = new FloatB(k + 0.5);
        do_not_optimize([addB('a', 'b'), addB(fb, 1n), mulB(1n, fb), ltB('a', 'b'), ltB(fb, 3n), mulB(true, 3n), modB(fb, 7n), subB(fb, true)]);
        const fc = new FloatC(k + 0.5);
        const sa = new StrC('a');
        do_not_optimize([addC(sa, sa), addC(fc, ONE_C), mulC(ONE_C, fc), ltC(sa, sa), ltC(fc, TWO_C), addC(mkIntC(2 ** 52), mkIntC(2 ** 52)), mulC(TRUE_C, TWO_C), modC(fc, C31), subC(fc, TRUE_C)]);
    }
}
pollute();
// A frame's locals: a generic (PACKED_ELEMENTS) array, as the interpreters will use.
function frame() {
    return [null, null, null, 'pad'];
}
// Sanity: all three compute the same thing.
{
    const s = [sumsqA(frame(), 1000), sumsqB(frame(), 1000n), sumsqC(frame(), mkIntC(1000)).value];
    const h = [hashA(frame(), 1000), hashB(frame(), 1000n), hashC(frame(), mkIntC(1000)).value];
    const f = [fibA(20), fibB(20n), fibC(mkIntC(20)).value];
    for (const xs of [s, h, f])
        if (String(xs[0]) !== String(xs[1]) || String(xs[0]) !== String(xs[2]))
            throw new Error(`mismatch ${xs}`);
}
const N = 1000;
const FIB_CALLS = 21891; // calls made by fib(20)
group('sum of squares, n=1000 (Smi range): 1 mul + 2 add + 1 lt per iteration', () => {
    summary(() => {
        const fa = frame();
        const fb = frame();
        const fc = frame();
        const nc = mkIntC(N);
        benchOps('sumsq A number/bigint', N, () => do_not_optimize(sumsqA(fa, N)));
        benchOps('sumsq B bigint', N, () => do_not_optimize(sumsqB(fb, BigInt(N))));
        benchOps('sumsq C boxed', N, () => do_not_optimize(sumsqC(fc, nc)));
    });
});
group('hash loop h=(h*31+i)%1000000007, n=1000 (values beyond Smi: HeapNumbers)', () => {
    summary(() => {
        const fa = frame();
        const fb = frame();
        const fc = frame();
        const nc = mkIntC(N);
        benchOps('hash A number/bigint', N, () => do_not_optimize(hashA(fa, N)));
        benchOps('hash B bigint', N, () => do_not_optimize(hashB(fb, BigInt(N))));
        benchOps('hash C boxed', N, () => do_not_optimize(hashC(fc, nc)));
    });
});
group('fib(20) recursive: per call 1 lt, 2 sub, 1 add', () => {
    summary(() => {
        const nc = mkIntC(20);
        benchOps('fib A number/bigint', FIB_CALLS, () => do_not_optimize(fibA(20)));
        benchOps('fib B bigint', FIB_CALLS, () => do_not_optimize(fibB(20n)));
        benchOps('fib C boxed', FIB_CALLS, () => do_not_optimize(fibC(nc)));
    });
});
// ---------------------------------------------------------------------------------------------
// Type dispatch on a polymorphic value: is it an int? / what is its Python type?
// The mix: 45% small ints, 10% big (non-Smi) ints, 15% str, 10% float, 5% bool, 15% other
// objects of 3 further classes (list-, dict-, instance-like), shuffled deterministically.
class DictA extends ObjA {
}
class InstA extends ObjA {
}
class ListC extends ObjC {
}
class DictC extends ObjC {
}
class InstC extends ObjC {
}
const T_LIST = new TypeObj('list');
const T_DICT = new TypeObj('dict');
const T_INST = new TypeObj('Point');
const MIX = 1024;
const valsA = [];
const valsC = [];
{
    let seed = 12345;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let i = 0; i < MIX; i++) {
        const r = rnd();
        if (r < 0.45) {
            valsA.push(i);
            valsC.push(mkIntC(i));
        }
        else if (r < 0.55) {
            valsA.push(i * 3e9);
            valsC.push(new IntC(i * 3e9));
        }
        else if (r < 0.7) {
            valsA.push('s' + i);
            valsC.push(new StrC('s' + i));
        }
        else if (r < 0.8) {
            valsA.push(new FloatA(i + 0.5));
            valsC.push(new FloatC(i + 0.5));
        }
        else if (r < 0.85) {
            valsA.push(i % 2 === 0);
            valsC.push(i % 2 === 0 ? TRUE_C : FALSE_C);
        }
        else if (r < 0.9) {
            valsA.push(new ListA(T_LIST));
            valsC.push(new ListC(T_LIST));
        }
        else if (r < 0.95) {
            valsA.push(new DictA(T_DICT));
            valsC.push(new DictC(T_DICT));
        }
        else {
            valsA.push(new InstA(T_INST));
            valsC.push(new InstC(T_INST));
        }
    }
}
function countIntsA(vs) {
    let n = 0;
    for (let i = 0; i < vs.length; i++)
        if (typeof vs[i] === 'number')
            n++;
    return n;
}
function countIntsC(vs) {
    let n = 0;
    for (let i = 0; i < vs.length; i++)
        if (vs[i] instanceof IntC)
            n++;
    return n;
}
function countIntsCcls(vs) {
    let n = 0;
    for (let i = 0; i < vs.length; i++)
        if (vs[i].cls === T_INT)
            n++;
    return n;
}
function typeOfA(v) {
    switch (typeof v) {
        case 'number':
        case 'bigint':
            return T_INT;
        case 'string':
            return T_STR;
        case 'boolean':
            return T_BOOL;
        default:
            return v.cls;
    }
}
function typeOfC(v) {
    return v.cls;
}
function countTypesA(vs) {
    let n = 0;
    for (let i = 0; i < vs.length; i++)
        if (typeOfA(vs[i]) === T_STR)
            n++;
    return n;
}
function countTypesC(vs) {
    let n = 0;
    for (let i = 0; i < vs.length; i++)
        if (typeOfC(vs[i]) === T_STR)
            n++;
    return n;
}
group('type dispatch over 1024 mixed values', () => {
    summary(() => {
        benchOps('isint A typeof==="number"', MIX, () => do_not_optimize(countIntsA(valsA)));
        benchOps('isint C instanceof IntC', MIX, () => do_not_optimize(countIntsC(valsC)));
        benchOps('isint C .cls===int (7 classes)', MIX, () => do_not_optimize(countIntsCcls(valsC)));
        benchOps('type(v) A typeof switch + .cls', MIX, () => do_not_optimize(countTypesA(valsA)));
        benchOps('type(v) C .cls (all boxed)', MIX, () => do_not_optimize(countTypesC(valsC)));
    });
});
await runAndReport('Q1 int representation');
//# sourceMappingURL=int.bench.js.map