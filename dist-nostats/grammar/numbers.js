// NUMBER token images to Constant values: int -> bigint, float -> number, imaginary ->
// PyComplexConst(0, v). The tokenizer has already checked the literal's syntax.
import { PyComplexConst } from '../src/ast/constant.js';
const smallInts = [];
for (let i = 0; i < 256; i++)
    smallInts.push(BigInt(i));
/** The value of a NUMBER token image such as `42`, `0x_ff`, `1_000.5e-3`, `3j`. */
export function parseNumber(image) {
    // Fast path: one decimal digit (very common).
    if (image.length === 1)
        return smallInts[image.charCodeAt(0) - 48];
    const s = image.indexOf('_') >= 0 ? image.replace(/_/g, '') : image;
    const last = s.charCodeAt(s.length - 1);
    if (last === 106 /* j */ || last === 74 /* J */)
        return new PyComplexConst(0, Number(s.slice(0, -1)));
    if (s.charCodeAt(0) === 48 /* 0 */ && s.length > 1) {
        const c = s.charCodeAt(1) | 0x20;
        if (c === 120 /* x */ || c === 111 /* o */ || c === 98 /* b */)
            return BigInt(s);
    }
    for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if (c === 46 /* . */ || c === 101 /* e */ || c === 69 /* E */)
            return Number(s);
    }
    if (s.length <= 15) {
        const n = Number(s);
        return n < 256 ? smallInts[n] : BigInt(n);
    }
    return BigInt(s);
}
//# sourceMappingURL=numbers.js.map