// The native slot table of a type, as CPython's tp_* / nb_* / sq_* / mp_* slots. Builtin types
// fill them with native code; a class statement fills them with wrappers that look the dunder
// up on the type (slot-wrappers.ts), and assigning a dunder to a class later updates the slot.
// Every operation in protocol.ts dispatches through these, so both backends, builtins and
// user classes meet in one place.

import type { PyObject } from './object.js';

export type Binary = (a: PyObject, b: PyObject) => PyObject;
export type Unary = (a: PyObject) => PyObject;

/** Comparison operators, in CPython's order (Py_LT .. Py_GE). */
export const enum CmpOp { LT = 0, LE = 1, EQ = 2, NE = 3, GT = 4, GE = 5 }

export interface Slots {
  repr?: (self: PyObject) => string;
  str?: (self: PyObject) => string;
  hash?: (self: PyObject) => number | bigint;
  /** Returns NotImplemented when it cannot compare. */
  richcompare?: (self: PyObject, other: PyObject, op: CmpOp) => PyObject;
  getattro?: (self: PyObject, name: string) => PyObject;
  /** value === null deletes. */
  setattro?: (self: PyObject, name: string, value: PyObject | null) => void;
  /** Vectorcall: positional args then keyword values; kwnames names the trailing ones. */
  call?: (self: PyObject, args: PyObject[], kwnames: string[] | null) => PyObject;
  iter?: (self: PyObject) => PyObject;
  /** Returns undefined when exhausted (a StopIteration with no value). */
  iternext?: (self: PyObject) => PyObject | undefined;
  descrGet?: (self: PyObject, obj: PyObject | null, type: PyObject) => PyObject;
  descrSet?: (self: PyObject, obj: PyObject, value: PyObject | null) => void;
  bool?: (self: PyObject) => boolean;
  /** A JS number; a bigint only for a length past 2**53 (up to sys.maxsize: a range, a __len__). */
  len?: (self: PyObject) => number | bigint;
  getitem?: (self: PyObject, key: PyObject) => PyObject;
  /** value === null deletes. */
  setitem?: (self: PyObject, key: PyObject, value: PyObject | null) => void;
  contains?: (self: PyObject, item: PyObject) => boolean;

  // Number protocol: binary slots are called with either operand being of this type, as in
  // CPython; they return NotImplemented for operands they do not handle.
  add?: Binary; sub?: Binary; mul?: Binary; truediv?: Binary; floordiv?: Binary; mod?: Binary;
  divmod?: Binary; pow?: (a: PyObject, b: PyObject, m: PyObject) => PyObject;
  lshift?: Binary; rshift?: Binary; and?: Binary; or?: Binary; xor?: Binary; matmul?: Binary;
  iadd?: Binary; isub?: Binary; imul?: Binary; itruediv?: Binary; ifloordiv?: Binary; imod?: Binary;
  ipow?: Binary; ilshift?: Binary; irshift?: Binary; iand?: Binary; ior?: Binary; ixor?: Binary;
  imatmul?: Binary;
  neg?: Unary; pos?: Unary; invert?: Unary; abs?: Unary;
  int?: Unary; float?: Unary; index?: Unary;
}

/**
 * A type's slot table. Every one has all the fields from the start, in one order, so all types'
 * tables share one hidden class: a slot read such as `t.slots.iter` stays monomorphic however
 * many types a program meets (object literals filled in different orders had one map each, and
 * each new map seen by optimised code was a deoptimisation).
 */
export class SlotTable implements Slots {
  repr: Slots['repr'] = undefined;
  str: Slots['str'] = undefined;
  hash: Slots['hash'] = undefined;
  richcompare: Slots['richcompare'] = undefined;
  getattro: Slots['getattro'] = undefined;
  setattro: Slots['setattro'] = undefined;
  call: Slots['call'] = undefined;
  iter: Slots['iter'] = undefined;
  iternext: Slots['iternext'] = undefined;
  descrGet: Slots['descrGet'] = undefined;
  descrSet: Slots['descrSet'] = undefined;
  bool: Slots['bool'] = undefined;
  len: Slots['len'] = undefined;
  getitem: Slots['getitem'] = undefined;
  setitem: Slots['setitem'] = undefined;
  contains: Slots['contains'] = undefined;
  add: Slots['add'] = undefined;
  sub: Slots['sub'] = undefined;
  mul: Slots['mul'] = undefined;
  truediv: Slots['truediv'] = undefined;
  floordiv: Slots['floordiv'] = undefined;
  mod: Slots['mod'] = undefined;
  divmod: Slots['divmod'] = undefined;
  pow: Slots['pow'] = undefined;
  lshift: Slots['lshift'] = undefined;
  rshift: Slots['rshift'] = undefined;
  and: Slots['and'] = undefined;
  or: Slots['or'] = undefined;
  xor: Slots['xor'] = undefined;
  matmul: Slots['matmul'] = undefined;
  iadd: Slots['iadd'] = undefined;
  isub: Slots['isub'] = undefined;
  imul: Slots['imul'] = undefined;
  itruediv: Slots['itruediv'] = undefined;
  ifloordiv: Slots['ifloordiv'] = undefined;
  imod: Slots['imod'] = undefined;
  ipow: Slots['ipow'] = undefined;
  ilshift: Slots['ilshift'] = undefined;
  irshift: Slots['irshift'] = undefined;
  iand: Slots['iand'] = undefined;
  ior: Slots['ior'] = undefined;
  ixor: Slots['ixor'] = undefined;
  imatmul: Slots['imatmul'] = undefined;
  neg: Slots['neg'] = undefined;
  pos: Slots['pos'] = undefined;
  invert: Slots['invert'] = undefined;
  abs: Slots['abs'] = undefined;
  int: Slots['int'] = undefined;
  float: Slots['float'] = undefined;
  index: Slots['index'] = undefined;
}

/** A new slot table with the slots of `s` (a base type's, to inherit them). */
export function copySlots(s: Slots): SlotTable {
  return Object.assign(new SlotTable(), s);
}


/** The binary operator slots with their dunder names (forward, reflected, in-place). */
export const BINARY_SLOTS = {
  add: ['__add__', '__radd__', 'iadd', '__iadd__', '+'],
  sub: ['__sub__', '__rsub__', 'isub', '__isub__', '-'],
  mul: ['__mul__', '__rmul__', 'imul', '__imul__', '*'],
  truediv: ['__truediv__', '__rtruediv__', 'itruediv', '__itruediv__', '/'],
  floordiv: ['__floordiv__', '__rfloordiv__', 'ifloordiv', '__ifloordiv__', '//'],
  mod: ['__mod__', '__rmod__', 'imod', '__imod__', '%'],
  divmod: ['__divmod__', '__rdivmod__', '', '', 'divmod()'],
  lshift: ['__lshift__', '__rlshift__', 'ilshift', '__ilshift__', '<<'],
  rshift: ['__rshift__', '__rrshift__', 'irshift', '__irshift__', '>>'],
  and: ['__and__', '__rand__', 'iand', '__iand__', '&'],
  or: ['__or__', '__ror__', 'ior', '__ior__', '|'],
  xor: ['__xor__', '__rxor__', 'ixor', '__ixor__', '^'],
  matmul: ['__matmul__', '__rmatmul__', 'imatmul', '__imatmul__', '@'],
} as const;
export type BinarySlot = keyof typeof BINARY_SLOTS;

/**
 * t's slot for a binary operator (`t.slots[slot]` as named reads): one SlotTable map read with
 * a dozen different keys makes the keyed load megamorphic, and it missed V8's stub cache often
 * enough to cost ~50 ns per big-int operation.
 */
export function binarySlot(t: Slots, slot: BinarySlot): Binary | undefined {
  switch (slot) {
    case 'add': return t.add;
    case 'sub': return t.sub;
    case 'mul': return t.mul;
    case 'truediv': return t.truediv;
    case 'floordiv': return t.floordiv;
    case 'mod': return t.mod;
    case 'divmod': return t.divmod;
    case 'lshift': return t.lshift;
    case 'rshift': return t.rshift;
    case 'and': return t.and;
    case 'or': return t.or;
    case 'xor': return t.xor;
    case 'matmul': return t.matmul;
  }
  return undefined;
}

/** t's in-place slot for a binary operator (iadd for add, ...; none for divmod), as binarySlot. */
export function inplaceSlot(t: Slots, slot: BinarySlot): Binary | undefined {
  switch (slot) {
    case 'add': return t.iadd;
    case 'sub': return t.isub;
    case 'mul': return t.imul;
    case 'truediv': return t.itruediv;
    case 'floordiv': return t.ifloordiv;
    case 'mod': return t.imod;
    case 'lshift': return t.ilshift;
    case 'rshift': return t.irshift;
    case 'and': return t.iand;
    case 'or': return t.ior;
    case 'xor': return t.ixor;
    case 'matmul': return t.imatmul;
  }
  return undefined;
}
