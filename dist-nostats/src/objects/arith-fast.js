// Fast paths of the number protocol for exact ints (JS numbers) and exact floats, taken by
// binaryOp/inplaceOp/powerOp (protocol.ts) before the generic slot dispatch. They compute
// exactly what the int and float slots compute; anything else (bigints, subclasses, zero
// divisors, results leaving the safe range) returns undefined and takes the generic path.
import { PyFloat } from './float.js';
import { T } from './types.js';
import { floatPow } from './float-type.js';
const MAX_SAFE = Number.MAX_SAFE_INTEGER;
/** int op int for JS-number ints: the result when it stays a safe int, else undefined. */
function intArith(a, b, slot) {
    switch (slot) {
        case 'add': {
            const r = a + b;
            return r >= -MAX_SAFE && r <= MAX_SAFE ? r : undefined;
        }
        case 'sub': {
            const r = a - b;
            return r >= -MAX_SAFE && r <= MAX_SAFE ? r : undefined;
        }
        case 'mul': {
            const r = a * b;
            return Number.isSafeInteger(r) ? r + 0 : undefined;
        }
        case 'floordiv':
            // Exact for safe ints: the rounding error of a/b is below 1/|b|, its distance from the
            // next integer when not integral.
            return b === 0 ? undefined : Math.floor(a / b) + 0;
        case 'mod': {
            if (b === 0)
                return undefined;
            const r = a % b;
            return r !== 0 && (r < 0) !== (b < 0) ? r + b : r + 0;
        }
        case 'truediv':
            return b === 0 ? undefined : new PyFloat(a / b);
    }
    return undefined;
}
/** a op b when both are exact ints (safe) or exact floats; undefined otherwise. */
export function fastBinary(a, b, slot) {
    let x;
    let y;
    if (typeof a === 'number') {
        if (typeof b === 'number')
            return intArith(a, b, slot);
        if (!(b instanceof PyFloat) || b.cls !== T.float)
            return undefined;
        x = a + 0;
        y = b.value;
    }
    else if (a instanceof PyFloat && a.cls === T.float) {
        x = a.value;
        if (typeof b === 'number')
            y = b + 0;
        else if (b instanceof PyFloat && b.cls === T.float)
            y = b.value;
        else
            return undefined;
    }
    else {
        return undefined;
    }
    switch (slot) {
        case 'add': return new PyFloat(x + y);
        case 'sub': return new PyFloat(x - y);
        case 'mul': return new PyFloat(x * y);
        case 'truediv': return y === 0 ? undefined : new PyFloat(x / y);
    }
    return undefined;
}
/** a ** b with an exact float operand and an exact float or int (safe) other; else undefined. */
export function fastPower(a, b) {
    if (a instanceof PyFloat && a.cls === T.float) {
        if (b instanceof PyFloat && b.cls === T.float)
            return floatPow(a.value, b.value);
        if (typeof b === 'number')
            return floatPow(a.value, b);
    }
    else if (typeof a === 'number' && b instanceof PyFloat && b.cls === T.float) {
        return floatPow(a + 0, b.value);
    }
    return undefined;
}
//# sourceMappingURL=arith-fast.js.map