// float: a boxed JS number (ints are unboxed JS numbers, so floats must be told apart).
import { PyObj } from './object.js';
import { T } from './types.js';
export class PyFloat extends PyObj {
    constructor(value, cls) {
        super(cls ?? T.float);
        this.value = value;
    }
}
export function newFloat(v) {
    return new PyFloat(v);
}
//# sourceMappingURL=float.js.map