// How the builtins make and read bytes objects (the bytes type lives in src/objects/bytes.ts).

import type { PyObject } from '../objects/object.js';
import { newBytes, bytesLikeData } from '../objects/bytes.js';

export function makeBytes(data: Uint8Array): PyObject {
  return newBytes(data);
}

/** The contents of a bytes-like object (bytes, bytearray, registered buffers), or undefined. */
export function bytesView(v: PyObject): Uint8Array | undefined {
  if (typeof v !== 'object') return undefined;
  return bytesLikeData(v);
}
