// The values a `Constant` node can hold, independent of the runtime object model.
// Backends convert these to runtime objects when they compile or evaluate a Constant.
//   None -> null, True/False -> boolean, int -> bigint, float -> number, str -> string
//   (a JS string: astral characters are surrogate pairs), bytes -> PyBytesConst,
//   complex (only ever imaginary in source) -> PyComplexConst, ... -> ELLIPSIS.
export const ELLIPSIS = Symbol('Ellipsis');
export class PyBytesConst {
    constructor(bytes) {
        this.bytes = bytes;
    }
}
export class PyComplexConst {
    constructor(real, imag) {
        this.real = real;
        this.imag = imag;
    }
}
//# sourceMappingURL=constant.js.map