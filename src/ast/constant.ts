// The values a `Constant` node can hold, independent of the runtime object model.
// Backends convert these to runtime objects when they compile or evaluate a Constant.
//   None -> null, True/False -> boolean, int -> bigint, float -> number, str -> string
//   (a JS string: astral characters are surrogate pairs), bytes -> PyBytesConst,
//   complex (only ever imaginary in source) -> PyComplexConst, ... -> ELLIPSIS.

export const ELLIPSIS: unique symbol = Symbol('Ellipsis');
export type EllipsisConst = typeof ELLIPSIS;

export class PyBytesConst {
  constructor(readonly bytes: Uint8Array) {}
}

export class PyComplexConst {
  constructor(readonly real: number, readonly imag: number) {}
}

export type Constant_ = null | boolean | bigint | number | string | PyBytesConst | PyComplexConst | EllipsisConst;
