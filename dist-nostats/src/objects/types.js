// The registry of builtin type objects, filled once by the bootstrap (bootstrap.ts). Hot code
// reads `T.int`, `T.str`, ... (one property load on a module-level object).
export const T = {};
/** Keeps a property-bag object used as a registry (T, E) out of V8's dictionary mode. With
 *  more than ~128 properties, or properties added by keyed stores, V8 turns an object into a
 *  hash table, and every `T.float` becomes a hash lookup. Using the object as a prototype and
 *  loading through it once makes V8 rebuild it with a fast (descriptor-array) map. Call after
 *  a batch of registrations; it is idempotent and cheap. */
export function toFastProperties(o) {
    function Holder() { }
    Holder.prototype = o;
    const h = new Holder();
    for (let i = 0; i < 2; i++)
        void h.object;
}
//# sourceMappingURL=types.js.map