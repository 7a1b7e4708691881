// The registry of builtin type objects, filled once by the bootstrap (bootstrap.ts). Hot code
// reads `T.int`, `T.str`, ... (one property load on a module-level object).

import type { PyType } from './type.js';

export interface BuiltinTypes {
  object: PyType; type: PyType; NoneType: PyType; NotImplementedType: PyType; ellipsis: PyType;
  int: PyType; bool: PyType; float: PyType; complex: PyType; str: PyType; bytes: PyType;
  bytearray: PyType; list: PyType; tuple: PyType; dict: PyType; set: PyType; frozenset: PyType;
  range: PyType; slice: PyType; function: PyType; builtin_function: PyType; method: PyType;
  cell: PyType; module: PyType; property: PyType; staticmethod: PyType; classmethod: PyType;
  super: PyType; code: PyType; generator: PyType; coroutine: PyType; BaseException: PyType;
  [name: string]: PyType;
}

export const T = {} as BuiltinTypes;
