import { hashInt } from './hash.js';
const ids = new WeakMap();
let next = 0x7f0000001000;
const primitiveIds = new Map();
export function idOf(v) {
    if (typeof v === 'object') {
        let id = ids.get(v);
        if (id === undefined) {
            id = next;
            next += 16;
            ids.set(v, id);
        }
        return id;
    }
    // Ints, strs and bools are values here; give equal values one id (CPython caches small ints
    // and interns strings, so `is` on them is value identity too).
    const key = typeof v === 'bigint' ? `b${v}` : v;
    let id = primitiveIds.get(key);
    if (id === undefined) {
        id = next;
        next += 16;
        if (primitiveIds.size < 100000)
            primitiveIds.set(key, id);
    }
    return id;
}
/** The default object hash (CPython: id >> 4). */
export function identityHash(v) {
    return hashInt(Math.floor(idOf(v) / 16));
}
export function addressOf(v) {
    return '0x' + idOf(v).toString(16).padStart(12, '0');
}
//# sourceMappingURL=identity.js.map