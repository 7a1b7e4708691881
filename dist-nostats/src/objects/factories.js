// Constructors the backends need for literal syntax ({1, 2}, a[1:2]) whose types live in the
// container files; install.ts points these at the real implementations. Also the generic
// "iterate to an array" used by unpacking and star-arguments.
import { typeError, str, repr } from './protocol.js';
export const factories = {
    newSet: (_items) => typeError('set is not available'),
    newSlice: (_lower, _upper, _step) => typeError('slice is not available'),
    /** Adds `item` to a set built by newSet (set comprehensions). */
    setAdd: (_set, _item) => typeError('set is not available'),
    newBytes: (_b) => typeError('bytes are not available'),
    newComplex: (_re, _im) => typeError('complex is not available'),
    /** format(value, spec) */
    format: (v, spec) => (spec === '' ? str(v) : typeError('format specs are not available')),
    /** ascii(v) */
    ascii: (v) => repr(v),
};
/** All items of an iterable, as a fresh JS array (the containers' implementation, with fast
 *  paths that respect subclasses overriding __iter__). */
export { iterateToArray } from './iterate.js';
//# sourceMappingURL=factories.js.map