// The abstract object protocol (CPython's abstract.c / object.c): every operation on a Python
// value goes through these functions, which dispatch on the value's type slots. Both backends,
// the builtins and the object model call them; backends may inline the common fast paths
// (int + int, str keys, ...) before falling back here.

import { PyObj, type PyObject } from './object.js';
import type { PyType } from './type.js';
import { T } from './types.js';
import { CmpOp, BINARY_SLOTS, type BinarySlot, binarySlot, inplaceSlot } from './slots.js';
import { fastBinary, fastPower } from './arith-fast.js';
import { PyFloat } from './float.js';
import { NotImplemented, None } from './singletons.js';
import { E, newError, newException } from './exception.js';
import { enterRecursive, leaveRecursive, checkRecursive, IN_REPR, IN_STR } from './recursion.js';
import type { PyDict } from './dict.js';
import { subscriptIndex, pythonNumberSlot, MUL_NAMES } from './tuple-type.js';

/** type(v) */
export function typeOf(v: PyObject): PyType {
  switch (typeof v) {
    case 'number':
    case 'bigint':
      return T.int;
    case 'string':
      return T.str;
    case 'boolean':
      return T.bool;
    default:
      return v.cls;
  }
}

export function typeName(v: PyObject): string {
  return typeOf(v).name;
}

/** The type word of Argument Clinic's "argument X must be T, not Y" messages: None as "None". */
export function argTypeName(v: PyObject): string {
  return v === None ? 'None' : typeOf(v).name;
}

export function typeError(msg: string): never {
  throw newError(E.TypeError, msg);
}

/** PyObject_Repr: a level of CPython's C recursion (nested containers, __repr__ calling repr). */
export function repr(v: PyObject): string {
  const f = typeOf(v).slots.repr;
  if (f === undefined) return `<${typeName(v)} object>`;
  // (Primitives -- ints, str, bool -- cannot recurse: only the limit is checked.)
  if (typeof v !== 'object') {
    checkRecursive(IN_REPR);
    return f(v);
  }
  enterRecursive(IN_REPR);
  try {
    return f(v);
  } finally {
    leaveRecursive();
  }
}

/** The reprs of items (a loop kernel: docs/native-loops.md). The length is read at each step, as
 *  list_repr does: an item's __repr__ may shrink a list. */
export function itemReprs(items: readonly PyObject[]): string[] {
  const parts: string[] = [];
  for (let i = 0; i < items.length; i++) parts.push(repr(items[i]));
  return parts;
}

/** PyObject_Str: an exact str as is; otherwise a level of C recursion like repr. */
export function str(v: PyObject): string {
  if (typeof v === 'string') return v;
  const t = typeOf(v);
  const f = t.slots.str;
  if (f === undefined) return repr(v);
  if (typeof v !== 'object') {
    checkRecursive(IN_STR);
    return f(v);
  }
  enterRecursive(IN_STR);
  try {
    return f(v);
  } finally {
    leaveRecursive();
  }
}

export function hashOf(v: PyObject): number | bigint {
  const f = typeOf(v).slots.hash;
  if (f === undefined) typeError(`unhashable type: '${typeName(v)}'`);
  return f(v);
}

const SWAPPED: readonly CmpOp[] = [CmpOp.GT, CmpOp.GE, CmpOp.EQ, CmpOp.NE, CmpOp.LT, CmpOp.LE];
const OP_TEXT = ['<', '<=', '==', '!=', '>', '>='];

/** a <op> b, with CPython's reflected-operand order and identity fallback for == and !=. */
export function richCompare(a: PyObject, b: PyObject, op: CmpOp): PyObject {
  if (typeof a === 'number' && typeof b === 'number') return compareNumbers(a, b, op);
  if (typeof a === 'string' && typeof b === 'string' && (op === CmpOp.EQ || op === CmpOp.NE)) return (a === b) === (op === CmpOp.EQ);
  if (a instanceof PyFloat && b instanceof PyFloat && a.cls === T.float && b.cls === T.float) return compareNumbers(a.value, b.value, op);
  const ta = typeOf(a);
  const tb = typeOf(b);
  let checkedReverse = false;
  if (ta !== tb && tb.isSubtype(ta) && tb.slots.richcompare !== undefined) {
    checkedReverse = true;
    const r = tb.slots.richcompare(b, a, SWAPPED[op]);
    if (r !== NotImplemented) return r;
  }
  const fa = ta.slots.richcompare;
  if (fa !== undefined) {
    const r = fa(a, b, op);
    if (r !== NotImplemented) return r;
  }
  if (!checkedReverse && tb.slots.richcompare !== undefined) {
    const r = tb.slots.richcompare(b, a, SWAPPED[op]);
    if (r !== NotImplemented) return r;
  }
  if (op === CmpOp.EQ) return a === b;
  if (op === CmpOp.NE) return a !== b;
  typeError(`'${OP_TEXT[op]}' not supported between instances of '${ta.name}' and '${tb.name}'`);
}

/**
 * The rest of richCompare for two operands of one type after a.__op__(b) returned
 * NotImplemented (the VM's COMPARE_OP_PY runs that first call as a frame of its own): the
 * reflected method, then identity for ==/!= or the TypeError.
 */
export function richCompareRest(a: PyObject, b: PyObject, op: CmpOp): PyObject {
  const t = typeOf(a);
  const f = t.slots.richcompare;
  if (f !== undefined) {
    const r = f(b, a, SWAPPED[op]);
    if (r !== NotImplemented) return r;
  }
  if (op === CmpOp.EQ) return a === b;
  if (op === CmpOp.NE) return a !== b;
  typeError(`'${OP_TEXT[op]}' not supported between instances of '${t.name}' and '${typeOf(b).name}'`);
}

/** Exact int/int or float/float comparison (JS semantics match Python's, NaN included). */
export function compareNumbers(a: number, b: number, op: CmpOp): boolean {
  switch (op) {
    case CmpOp.LT: return a < b;
    case CmpOp.LE: return a <= b;
    case CmpOp.EQ: return a === b;
    case CmpOp.NE: return a !== b;
    case CmpOp.GT: return a > b;
    default: return a >= b;
  }
}

/** a == b as a JS boolean (identity first, as containers do). */
export function richEqBool(a: PyObject, b: PyObject): boolean {
  if (a === b) return true;
  return isTrue(richCompare(a, b, CmpOp.EQ));
}

/** bool(v) */
export function isTrue(v: PyObject): boolean {
  switch (typeof v) {
    case 'boolean': return v;
    case 'number': return v !== 0;
    case 'string': return v.length !== 0;
    case 'bigint': return true; // bigints are never in the safe range, so never 0
  }
  const t = v.cls;
  const b = t.slots.bool;
  if (b !== undefined) return b(v);
  const l = t.slots.len;
  if (l !== undefined) return l(v) !== 0;
  return true;
}

/** getattr(v, name) */
export function getAttr(v: PyObject, name: string): PyObject {
  const f = typeOf(v).slots.getattro;
  if (f === undefined) throw newError(E.AttributeError, `'${typeName(v)}' object has no attribute '${name}'`);
  return f(v, name);
}

// getattro slot functions -> their variants that return undefined for a plain miss instead of
// raising AttributeError (registered by the object model for object, type and module).
const attrLookups = new Map<(self: PyObject, name: string) => PyObject, (self: PyObject, name: string) => PyObject | undefined>();
export function registerAttrLookup(getattro: (self: PyObject, name: string) => PyObject, lookup: (self: PyObject, name: string) => PyObject | undefined): void {
  attrLookups.set(getattro, lookup);
}

/** The lookup registered for `getattro` (undefined for a missing attribute), if any. */
export function attrLookupOf(getattro: (self: PyObject, name: string) => PyObject): ((self: PyObject, name: string) => PyObject | undefined) | undefined {
  return attrLookups.get(getattro);
}

/** getattr(v, name, <missing>): undefined instead of AttributeError. */
export function getAttrOrUndefined(v: PyObject, name: string): PyObject | undefined {
  const f = typeOf(v).slots.getattro;
  if (f === undefined) return undefined;
  try {
    const look = attrLookups.get(f);
    return look !== undefined ? look(v, name) : f(v, name);
  } catch (e) {
    if (e instanceof PyObj && typeOf(e).isSubtype(E.AttributeError)) return undefined;
    throw e;
  }
}

/** setattr(v, name, value); value === null means delattr. */
export function setAttr(v: PyObject, name: string, value: PyObject | null): void {
  const f = typeOf(v).slots.setattro;
  if (f === undefined) {
    const t = typeName(v);
    const has = typeOf(v).lookup(name) !== undefined;
    if (value === null || !has) throw newError(E.AttributeError, `'${t}' object has no attribute '${name}'`);
    throw newError(E.AttributeError, `'${t}' object attribute '${name}' is read-only`);
  }
  f(v, name, value);
}

/** Calls any callable with positional args then keyword values named by kwnames. */
export function call(f: PyObject, args: PyObject[], kwnames: string[] | null = null): PyObject {
  const c = typeOf(f).slots.call;
  if (c === undefined) typeError(`'${typeName(f)}' object is not callable`);
  return c(f, args, kwnames);
}

/** The part of a Python function `call1` uses (function.ts; not imported here, which it imports). */
interface OneArgCallable {
  code: { invoke1(fn: OneArgCallable, a: PyObject): PyObject };
}

/**
 * f(a), for the native code that calls a Python function once per item (sort and min/max
 * keys, map, filter): a plain function's code is entered with its one argument, without the
 * arguments array (Code.invoke1); anything else is called through its type.
 */
export function call1(f: PyObject, a: PyObject): PyObject {
  if (f instanceof PyObj && f.cls === T.function) {
    const fn = f as unknown as OneArgCallable;
    return fn.code.invoke1(fn, a);
  }
  return call(f, [a]);
}

/** iter(v) */
export function getIter(v: PyObject): PyObject {
  const t = typeOf(v);
  const f = t.slots.iter;
  if (f !== undefined) return f(v);
  if (t.slots.getitem !== undefined && !t.subscriptOnly) return newSeqIter(v);
  typeError(`'${t.name}' object is not iterable`);
}

/** Iterable by __iter__ or by the old __getitem__ protocol (what getIter accepts). */
export function isIterableType(t: PyType): boolean {
  return t.slots.iter !== undefined || (t.slots.getitem !== undefined && !t.subscriptOnly);
}

/** next(it): undefined when exhausted. */
export function iterNext(it: PyObject): PyObject | undefined {
  const f = typeOf(it).slots.iternext;
  if (f === undefined) typeError(`'${typeName(it)}' object is not an iterator`);
  return f(it);
}

let seqIterFactory: (v: PyObject) => PyObject;
/** The old-style __getitem__ iterator; provided by iterators.ts at bootstrap. */
export function setSeqIterFactory(f: (v: PyObject) => PyObject): void {
  seqIterFactory = f;
}
function newSeqIter(v: PyObject): PyObject {
  return seqIterFactory(v);
}

/**
 * A binary operator (CPython's binary_op1): try the left operand's slot, the right's (first if
 * the right's type is a proper subtype overriding it), and raise TypeError if both decline.
 */
export function binaryOp(a: PyObject, b: PyObject, slot: BinarySlot): PyObject {
  const f = fastBinary(a, b, slot);
  if (f !== undefined) return f;
  const r = binaryOp1(a, b, slot);
  if (r !== NotImplemented) return r;
  const sym = BINARY_SLOTS[slot][4];
  if (slot === 'divmod') typeError(`unsupported operand type(s) for divmod(): '${typeName(a)}' and '${typeName(b)}'`);
  // `print >> f`: CPython's hint for Python 2's print statement.
  const hint = slot === 'rshift' && typeName(a) === 'builtin_function_or_method' && getAttrOrUndefined(a, '__name__') === 'print'
    ? '. Did you mean "print(<message>, file=<output_stream>)"?' : '';
  typeError(`unsupported operand type(s) for ${sym}: '${typeName(a)}' and '${typeName(b)}'${hint}`);
}

/** CPython's binary_op1: NotImplemented when both operands decline. */
function binaryOp1(a: PyObject, b: PyObject, slot: BinarySlot): PyObject {
  const ta = typeOf(a);
  const tb = typeOf(b);
  const fa = binarySlot(ta.slots, slot);
  const fb = ta === tb ? undefined : binarySlot(tb.slots, slot);
  if (fb !== undefined && fb !== fa && tb.isSubtype(ta)) {
    const r = fb(a, b);
    if (r !== NotImplemented) return r;
    if (fa !== undefined) {
      const r2 = fa(a, b);
      if (r2 !== NotImplemented) return r2;
    }
  } else {
    if (fa !== undefined) {
      const r = fa(a, b);
      if (r !== NotImplemented) return r;
    }
    if (fb !== undefined && fb !== fa && !(slot === 'add' && isSequenceConcat(tb, fb))) {
      const r = fb(a, b);
      if (r !== NotImplemented) return r;
    }
  }
  return NotImplemented;
}

/**
 * Whether `f`, t's `add` slot, is a builtin sequence's concatenation (CPython's sq_concat, not
 * nb_add): only the left operand's is used, so it is never tried for the right operand
 * (`C() + b'x'` with C(bytes).__add__ returning NotImplemented is a TypeError).
 */
function isSequenceConcat(t: PyType, f: unknown): boolean {
  for (const m of t.mro) if (!m.isHeapType) return m.slots.add === f && m.slots.getitem !== undefined;
  return false;
}

/** An augmented assignment operator: the in-place slot first, then the binary operator. */
export function inplaceOp(a: PyObject, b: PyObject, slot: BinarySlot): PyObject {
  // Exact ints and floats have no in-place slots: the binary fast path is the answer.
  const f = fastBinary(a, b, slot);
  if (f !== undefined) return f;
  if (slot === 'divmod') return binaryOp(a, b, slot);
  const fi = inplaceSlot(typeOf(a).slots, slot);
  if (fi !== undefined) {
    // A builtin sequence's in-place repeat (list, bytearray) is CPython's sq_inplace_repeat,
    // tried after nb_multiply: a Python subclass's __mul__ runs first.
    if (slot === 'mul' && inheritedSequenceIMul(a)) {
      const r = binaryOp1(a, b, slot);
      if (r !== NotImplemented) return r;
    }
    const r = fi(a, b);
    if (r !== NotImplemented) return r;
  }
  // PyNumber_InPlaceMultiply repeats the right operand only when the left has no sequence
  // slots at all: `s = set(); s *= 'ab'` is unsupported, not "can't multiply sequence".
  if (slot === 'mul') {
    const ta = typeOf(a);
    if (repeatsOnly(typeOf(b)) && hasSequenceSlots(ta) && !hasRepeat(ta)) {
      const fa = ta.slots.mul;
      const r = fa === undefined ? NotImplemented : fa(a, b);
      if (r !== NotImplemented) return r;
      typeError(`unsupported operand type(s) for *=: '${typeName(a)}' and '${typeName(b)}'`);
    }
  }
  // A TypeError raised by a slot itself ("can only concatenate tuple ...") propagates as is.
  const r = binaryOp1(a, b, slot);
  if (r !== NotImplemented) return r;
  typeError(`unsupported operand type(s) for ${BINARY_SLOTS[slot][4]}=: '${typeName(a)}' and '${typeName(b)}'`);
}

/** a's class is a Python subclass of a builtin sequence whose __imul__ is still the builtin's
 * slot wrapper while a Python class on its MRO defines __mul__ or __rmul__ (so its nb_multiply
 * is that, its nb_inplace_multiply none). */
function inheritedSequenceIMul(a: PyObject): boolean {
  const t = typeOf(a);
  if (!t.isHeapType || t.slots.getitem === undefined || pythonNumberSlot(a, 'mul', MUL_NAMES) === undefined) return false;
  const im = t.lookup('__imul__');
  return im !== undefined && typeOf(im) === T.wrapper_descriptor;
}

/** a ** b (or pow(a, b, m)): CPython's ternary_op over the `pow` slots. */
export function powerOp(a: PyObject, b: PyObject, m: PyObject = None): PyObject {
  if (m === None) {
    const f = fastPower(a, b);
    if (f !== undefined) return f;
  }
  const r = powerOp1(a, b, m);
  if (r !== NotImplemented) return r;
  if (m !== None) typeError(`unsupported operand type(s) for ** or pow(): '${typeName(a)}', '${typeName(b)}', '${typeName(m)}'`);
  typeError(`unsupported operand type(s) for ** or pow(): '${typeName(a)}' and '${typeName(b)}'`);
}

function powerOp1(a: PyObject, b: PyObject, m: PyObject): PyObject {
  const ta = typeOf(a);
  const tb = typeOf(b);
  const fa = ta.slots.pow;
  const fb = ta === tb ? undefined : tb.slots.pow;
  if (fb !== undefined && fb !== fa && tb.isSubtype(ta)) {
    const r = fb(a, b, m);
    if (r !== NotImplemented) return r;
    if (fa !== undefined) {
      const r2 = fa(a, b, m);
      if (r2 !== NotImplemented) return r2;
    }
  } else {
    if (fa !== undefined) {
      const r = fa(a, b, m);
      if (r !== NotImplemented) return r;
    }
    if (fb !== undefined && fb !== fa) {
      const r = fb(a, b, m);
      if (r !== NotImplemented) return r;
    }
  }
  return NotImplemented;
}

export function inplacePower(a: PyObject, b: PyObject): PyObject {
  const f = typeOf(a).slots.ipow;
  if (f !== undefined) {
    const r = f(a, b);
    if (r !== NotImplemented) return r;
  }
  const r = powerOp1(a, b, None);
  if (r !== NotImplemented) return r;
  typeError(`unsupported operand type(s) for **=: '${typeName(a)}' and '${typeName(b)}'`);
}

const UNARY_TEXT = { neg: 'unary -', pos: 'unary +', invert: 'unary ~', abs: 'abs()' } as const;

/** -v, +v, ~v, abs(v) */
export function unaryOp(v: PyObject, slot: 'neg' | 'pos' | 'invert' | 'abs'): PyObject {
  const f = typeOf(v).slots[slot];
  if (f === undefined) typeError(`bad operand type for ${UNARY_TEXT[slot]}: '${typeName(v)}'`);
  return f(v);
}

let classGetItem: (cls: PyObject, key: PyObject) => PyObject | undefined = () => undefined;
/** type[...] uses __class_getitem__; set by the class machinery. */
export function setClassGetItem(f: (cls: PyObject, key: PyObject) => PyObject | undefined): void {
  classGetItem = f;
}

/** obj[key] */
export function getItem(obj: PyObject, key: PyObject): PyObject {
  const t = typeOf(obj);
  if (t === T.dict) {
    // Exact dict inlined (dict_subscript): a missing key raises KeyError from this frame, not
    // three calls deeper (V8 pays per frame unwound, more for the never-optimised frames of
    // functions that only ever exit by throwing).
    const v = (obj as PyDict).get(key);
    if (v !== undefined) return v;
    throw newException(E.KeyError, [key]);
  }
  const f = t.slots.getitem;
  if (f !== undefined) return f(obj, key);
  if (typeOf(obj).isSubtype(T.type)) {
    const r = classGetItem(obj, key);
    if (r !== undefined) return r;
    typeError(`type '${(obj as PyType).name}' is not subscriptable`);
  }
  typeError(`'${typeName(obj)}' object is not subscriptable`);
}

/** obj[key] = value; value === null deletes. */
export function setItem(obj: PyObject, key: PyObject, value: PyObject | null): void {
  const f = typeOf(obj).slots.setitem;
  if (f === undefined) setItemUnsupported(obj, key, value === null);
  f(obj, key, value);
}

/**
 * PyObject_SetItem / PyObject_DelItem without a mapping slot: a type with sequence slots (a
 * class statement's, str, bytes, tuple, range, set...) given an index goes through
 * PySequence_SetItem / _DelItem, which converts the index first (IndexError "cannot fit") and
 * words the deletion message "doesn't"; the others say "does not".
 */
function setItemUnsupported(obj: PyObject, key: PyObject, del: boolean): never {
  const t = typeOf(obj);
  if (hasSequenceSlots(t) && subscriptIndex(key) !== undefined) {
    if (del) typeError(`'${typeName(obj)}' object doesn't support item deletion`);
  } else if (del) {
    typeError(`'${typeName(obj)}' object does not support item deletion`);
  }
  typeError(`'${typeName(obj)}' object does not support item assignment`);
}

/** Has CPython's tp_as_sequence: every class statement's type and these builtins. */
function hasSequenceSlots(t: PyType): boolean {
  if (t.isHeapType) return true;
  return t === T.str || t === T.bytes || t === T.tuple || t === T.range || t === T.set || t === T.frozenset ||
    t === T.dict || t === T.list || t === T.bytearray || t === T.memoryview;
}

/** A builtin sequence whose `*` is CPython's sq_repeat (no nb_multiply). */
function isExactRepeatable(t: PyType): boolean {
  return t === T.str || t === T.bytes || t === T.bytearray || t === T.list || t === T.tuple;
}

/**
 * A type whose `*` is sq_repeat alone (no nb_multiply): a repeatable builtin sequence, or a
 * subclass of one where no class statement defines __mul__ / __rmul__ (CPython's
 * update_one_slot leaves such a subclass's nb_multiply empty: str's __mul__ wraps sq_repeat).
 */
function repeatsOnly(t: PyType): boolean {
  if (isExactRepeatable(t)) return true;
  if (!t.isHeapType || !hasRepeat(t)) return false;
  for (const c of t.mro) {
    if (c.isHeapType && (c.dict.getStr('__mul__') !== undefined || c.dict.getStr('__rmul__') !== undefined)) return false;
  }
  return true;
}

/** Has sq_repeat: a subtype of a repeatable builtin sequence. */
function hasRepeat(t: PyType): boolean {
  return t.isSubtype(T.str) || t.isSubtype(T.bytes) || t.isSubtype(T.bytearray) || t.isSubtype(T.list) ||
    t.isSubtype(T.tuple);
}

/** item in container */
export function contains(container: PyObject, item: PyObject): boolean {
  const t = typeOf(container);
  const f = t.slots.contains;
  if (f !== undefined) return f(container, item);
  if (!isIterableType(t)) {
    typeError(`argument of type '${t.name}' is not iterable`);
  }
  let it: PyObject;
  try {
    it = getIter(container);
  } catch (e) {
    // CPython's _PySequence_IterSearch rewords any TypeError from getting the iterator.
    if (e instanceof Object && typeOf(e as PyObject).isSubtype(E.TypeError)) typeError(`argument of type '${t.name}' is not iterable`);
    throw e;
  }
  for (let x = iterNext(it); x !== undefined; x = iterNext(it)) {
    if (richEqBool(x, item)) return true;
  }
  return false;
}
