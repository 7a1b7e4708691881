// How the builtins make and read bytes objects (the bytes type lives in src/objects/bytes.ts).
import { newBytes, bytesLikeData } from '../objects/bytes.js';
export function makeBytes(data) {
    return newBytes(data);
}
/** The contents of a bytes-like object (bytes, bytearray, registered buffers), or undefined. */
export function bytesView(v) {
    if (typeof v !== 'object')
        return undefined;
    return bytesLikeData(v);
}
//# sourceMappingURL=bytes-support.js.map