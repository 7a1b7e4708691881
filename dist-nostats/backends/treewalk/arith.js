// Inline fast paths of the tree-walker for arithmetic and comparisons on exact ints (JS numbers
// in the safe range) and exact floats, by operator code (kinds.ts). Anything else — overflow
// to bigint, division by zero, subclasses, other types — goes to the shared object protocol,
// which gives CPython's results and errors; the fast paths only ever return what it would.
import { PyFloat } from '../../src/objects/float.js';
import { T } from '../../src/objects/types.js';
import { binaryOp, richCompare, powerOp, contains, inplaceOp, inplacePower } from '../../src/objects/protocol.js';
const MAX = Number.MAX_SAFE_INTEGER;
/** Protocol slot of each operator code (index = Op). */
const SLOT = [
    'add', 'add', 'sub', 'mul', 'matmul', 'truediv', 'mod', 'add', 'lshift', 'rshift', 'or', 'xor', 'and', 'floordiv',
];
const CMP_OP = [2 /* CmpOp.EQ */, 0 /* CmpOp.LT */, 1 /* CmpOp.LE */, 2 /* CmpOp.EQ */, 3 /* CmpOp.NE */, 4 /* CmpOp.GT */, 5 /* CmpOp.GE */];
let FloatF = null;
let floatType = null;
function makeFloatCtor() {
    const t = T.float;
    function F(v) {
        this.cls = t;
        this.dict = null;
        this.value = v;
    }
    F.prototype = PyFloat.prototype;
    const probe = new PyFloat(0);
    const keys = Object.keys(probe).join(',');
    if (keys !== 'cls,dict,value')
        return class {
            constructor(v) { return new PyFloat(v); }
        };
    return F;
}
export function newFloat(v) {
    return new (FloatF ??= makeFloatCtor())(v);
}
/** The value of an exact float, else undefined. */
function exactFloat(v) {
    if (v instanceof PyFloat && v.cls === (floatType ??= T.float))
        return v.value;
    return undefined;
}
/** a OP b for exact ints; undefined when the result leaves the fast range or needs an error. */
function intOp(o, a, b) {
    switch (o) {
        case 1 /* Op.Add */: {
            const r = a + b;
            return r <= MAX && r >= -MAX ? r : undefined;
        }
        case 2 /* Op.Sub */: {
            const r = a - b;
            return r <= MAX && r >= -MAX ? r : undefined;
        }
        case 3 /* Op.Mult */: {
            const r = a * b;
            return r <= MAX && r >= -MAX ? r + 0 : undefined;
        }
        case 6 /* Op.Mod */: {
            if (b === 0)
                return undefined;
            let r = a % b;
            if (r !== 0 && (r < 0) !== (b < 0))
                r += b;
            return r + 0;
        }
        case 13 /* Op.FloorDiv */: {
            if (b === 0)
                return undefined;
            const r = a % b;
            let q = (a - r) / b;
            if (r !== 0 && (r < 0) !== (b < 0))
                q -= 1;
            return q + 0;
        }
        case 5 /* Op.Div */:
            return b === 0 ? undefined : newFloat(a / b);
        case 12 /* Op.BitAnd */:
            return (a | 0) === a && (b | 0) === b ? a & b : undefined;
        case 10 /* Op.BitOr */:
            return (a | 0) === a && (b | 0) === b ? a | b : undefined;
        case 11 /* Op.BitXor */:
            return (a | 0) === a && (b | 0) === b ? a ^ b : undefined;
        case 9 /* Op.RShift */:
            return (a | 0) === a && b >= 0 && b < 32 ? a >> b : undefined;
    }
    return undefined;
}
/** a OP b for floats (or a float and an exact int). */
function floatOp(o, x, y) {
    switch (o) {
        case 1 /* Op.Add */: return newFloat(x + y);
        case 2 /* Op.Sub */: return newFloat(x - y);
        case 3 /* Op.Mult */: return newFloat(x * y);
        case 5 /* Op.Div */: return y === 0 ? undefined : newFloat(x / y);
    }
    return undefined;
}
/** The fast path of `a OP b`, or undefined. An object whose type is exactly float is a PyFloat. */
function fastBinary(o, a, b) {
    if (typeof a === 'number') {
        if (typeof b === 'number')
            return intOp(o, a, b);
        if (typeof b === 'object' && b.cls === T.float)
            return floatOp(o, a, b.value);
        return undefined;
    }
    if (typeof a === 'object' && a.cls === T.float) {
        const x = a.value;
        if (typeof b === 'object')
            return b.cls === T.float ? floatOp(o, x, b.value) : undefined;
        if (typeof b === 'number')
            return floatOp(o, x, b);
    }
    return undefined;
}
/** `a OP b` (BinOp). */
export function binaryFast(o, a, b) {
    const r = fastBinary(o, a, b);
    if (r !== undefined)
        return r;
    if (o === 7 /* Op.Pow */)
        return powerOp(a, b);
    return binaryOp(a, b, SLOT[o]);
}
/** `a OP= b` (AugAssign): the in-place slot first, as CPython does. */
export function inplaceFast(o, a, b) {
    const r = fastBinary(o, a, b);
    if (r !== undefined)
        return r;
    if (o === 7 /* Op.Pow */)
        return inplacePower(a, b);
    return inplaceOp(a, b, SLOT[o]);
}
/** `a OP b` for one comparison operator. */
export function compareFast(o, a, b) {
    if (typeof a === 'number' && typeof b === 'number') {
        switch (o) {
            case 1 /* Cmp.Lt */: return a < b;
            case 2 /* Cmp.LtE */: return a <= b;
            case 3 /* Cmp.Eq */: return a === b;
            case 4 /* Cmp.NotEq */: return a !== b;
            case 5 /* Cmp.Gt */: return a > b;
            case 6 /* Cmp.GtE */: return a >= b;
        }
    }
    switch (o) {
        case 7 /* Cmp.Is */: return a === b;
        case 8 /* Cmp.IsNot */: return a !== b;
        case 9 /* Cmp.In */: return contains(b, a);
        case 10 /* Cmp.NotIn */: return !contains(b, a);
    }
    if (typeof a === 'string' && typeof b === 'string') {
        if (o === 3 /* Cmp.Eq */)
            return a === b;
        if (o === 4 /* Cmp.NotEq */)
            return a !== b;
    }
    else if (a instanceof PyFloat || b instanceof PyFloat) {
        const x = typeof a === 'number' ? a : exactFloat(a);
        const y = typeof b === 'number' ? b : exactFloat(b);
        if (x !== undefined && y !== undefined) {
            switch (o) {
                case 1 /* Cmp.Lt */: return x < y;
                case 2 /* Cmp.LtE */: return x <= y;
                case 3 /* Cmp.Eq */: return x === y;
                case 4 /* Cmp.NotEq */: return x !== y;
                case 5 /* Cmp.Gt */: return x > y;
                case 6 /* Cmp.GtE */: return x >= y;
            }
        }
    }
    return richCompare(a, b, CMP_OP[o]);
}
//# sourceMappingURL=arith.js.map