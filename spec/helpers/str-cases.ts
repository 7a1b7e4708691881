// Runs the str/bytes/format fixture cases (tools/gen-str-fixtures.py) through the object
// model's native API and compares with CPython's recorded results.

import { PyObj, type PyObject } from '../../src/objects/object.js';
import { bootstrapTypes } from '../../src/objects/bootstrap.js';
import { T } from '../../src/objects/types.js';
import { E, isPyException, newError } from '../../src/objects/exception.js';
import { PyTuple, PyList } from '../../src/objects/tuple.js';
import { PyDict } from '../../src/objects/dict.js';
import { PyType } from '../../src/objects/type.js';
import { PyFloat } from '../../src/objects/float.js';
import { None } from '../../src/objects/singletons.js';
import { CmpOp } from '../../src/objects/slots.js';
import { PyMethodDescriptor, PyNativeClassMethod, PyBuiltinFunction } from '../../src/objects/native.js';
import { PyStaticMethod } from '../../src/objects/descriptors.js';
import { typeOf, typeName, repr, str, richCompare, binaryOp, inplaceOp, getIter, iterNext, hashOf, isTrue } from '../../src/objects/protocol.js';
import { installStr, strNew, asciiOf, indexValue, toSsize, makeBuiltinType } from '../../src/objects/str.js';
import { installBytes, bytesNew, bytearrayNew, bytearrayInit, PyBytes, PyByteArray, latin1Bytes } from '../../src/objects/bytes.js';
import { latin1String } from '../../src/objects/str-codecs.js';
import { unicodeErrorMessage } from '../../src/objects/exception-types.js';
import { formatValue } from '../../src/objects/str-format.js';
import { parseFormatSpec, formatNumber, formatFloat, type FloatFormatType } from '../../src/objects/format-spec.js';
import { floatRepr } from '../../src/text/float-repr.js';
import { readFixture } from './paths.js';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
export type Case = [string, Json[], Record<string, Json>, Json];

function typeError(msg: string): never {
  throw newError(E.TypeError, msg);
}

/**
 * Minimal slots for types other engineers own (int/float/list/tuple/dict repr, container
 * indexing), installed only where the real ones are not there yet.
 */
function installShims(): void {
  const def = (t: typeof T.int, name: keyof typeof t.slots, f: unknown): void => {
    if (t.slots[name] === undefined) (t.slots as Record<string, unknown>)[name] = f;
  };
  const intRepr = (v: PyObject): string => String(typeof v === 'boolean' ? (v ? 1 : 0) : v);
  def(T.int, 'repr', intRepr);
  def(T.bool, 'repr', (v: PyObject) => (v ? 'True' : 'False'));
  def(T.float, 'repr', (v: PyObject) => floatRepr((v as PyFloat).value));
  def(T.NoneType, 'repr', () => 'None');
  const seqRepr = (open: string, close: string) => (v: PyObject): string => {
    const items = (v as PyTuple).items;
    const inner = items.map((x) => repr(x)).join(', ');
    return open + inner + (open === '(' && items.length === 1 ? ',' : '') + close;
  };
  def(T.list, 'repr', seqRepr('[', ']'));
  def(T.tuple, 'repr', seqRepr('(', ')'));
  def(T.dict, 'repr', (v: PyObject) => '{' + [...(v as PyDict).entries()].map(([k, x]) => `${repr(k)}: ${repr(x)}`).join(', ') + '}');
  const seqItem = (what: string) => (self: PyObject, key: PyObject): PyObject => {
    const items = (self as PyTuple).items;
    const i = indexValue(key);
    if (i === undefined) typeError(`${what} indices must be integers or slices, not ${typeName(key)}`);
    let n = toSsize(i, E.IndexError);
    if (n < 0) n += items.length;
    if (n < 0 || n >= items.length) throw newError(E.IndexError, `${what} index out of range`);
    return items[n];
  };
  def(T.list, 'getitem', seqItem('list'));
  def(T.tuple, 'getitem', seqItem('tuple'));
  def(T.dict, 'getitem', (self: PyObject, key: PyObject) => {
    const v = (self as PyDict).get(key);
    if (v === undefined) {
      const e = newError(E.KeyError, '');
      e.args = new PyTuple([key]);
      throw e;
    }
    return v;
  });
  const iterType = makeBuiltinType('seq_iterator_shim');
  iterType.slots.iter = (self) => self;
  iterType.slots.iternext = (self) => {
    const s = self as unknown as { items: PyObject[]; i: number };
    return s.i < s.items.length ? s.items[s.i++] : undefined;
  };
  const seqIter = (self: PyObject): PyObject =>
    Object.assign(new PyObj(iterType, null), { items: (self as PyTuple).items, i: 0 });
  def(T.list, 'iter', seqIter);
  def(T.tuple, 'iter', seqIter);
  def(T.list, 'len', (v: PyObject) => (v as PyList).items.length);
}

let ready = false;
export function setup(): void {
  if (ready) return;
  ready = true;
  bootstrapTypes();
  installStr();
  installBytes();
  installShims();
}

function floatOf(s: string): number {
  if (s === 'inf') return Infinity;
  if (s === '-inf') return -Infinity;
  if (s === 'nan') return NaN;
  return Number(s);
}

/** Instances of small heap classes defining one protocol method (see gen-str-fixtures.py). */
const protocolTypes = new Map<string, PyType>();
function protocolObject(name: string): PyObject {
  let t = protocolTypes.get(name);
  if (t === undefined) {
    t = new PyType(T.type, name, [T.object], new PyDict());
    t.mro = [t, T.object];
    t.isHeapType = true;
    t.slots = { ...T.object.slots };
    if (name === 'Index3') t.slots.index = () => 3;
    if (name === 'Int7') t.slots.int = () => 7;
    if (name === 'Float15') t.slots.float = () => new PyFloat(1.5);
    if (name === 'Bytes2') {
      t.dict.setStr('__bytes__', new PyMethodDescriptor(t, '__bytes__', () => new PyBytes(latin1Bytes('xy'))));
    }
    protocolTypes.set(name, t);
  }
  return new PyObj(t, null);
}

export function decode(v: Json): PyObject {
  if (v === null) return None;
  if (typeof v === 'boolean' || typeof v === 'string' || typeof v === 'number') return v;
  if (Array.isArray(v)) throw new Error('bare array in fixture');
  if ('obj' in v) return protocolObject(v.obj as string);
  if ('int' in v) return BigInt(v.int as string);
  if ('float' in v) return new PyFloat(floatOf(v.float as string));
  if ('bytes' in v) return new PyBytes(latin1Bytes(v.bytes as string));
  if ('bytearray' in v) return new PyByteArray(latin1Bytes(v.bytearray as string));
  if ('list' in v) return new PyList((v.list as Json[]).map(decode));
  if ('tuple' in v) return new PyTuple((v.tuple as Json[]).map(decode));
  if ('dict' in v) {
    const d = new PyDict();
    for (const [k, x] of v.dict as [Json, Json][]) d.set(decode(k), decode(x));
    return d;
  }
  if ('slice' in v) {
    const [a, b, c] = (v.slice as Json[]).map(decode);
    return Object.assign(new PyObj(T.slice, null), { start: a, stop: b, step: c });
  }
  throw new Error('unknown fixture value ' + JSON.stringify(v));
}

export function encode(v: PyObject): Json {
  switch (typeof v) {
    case 'string': return v;
    case 'boolean': return v;
    case 'number': return v;
    case 'bigint': return { int: v.toString() };
  }
  if (v === None) return null;
  if (v instanceof PyFloat) return { float: floatRepr(v.value) };
  if (v instanceof PyBytes) return { bytes: latin1String(v.data) };
  if (v instanceof PyByteArray) return { bytearray: latin1String(v.data) };
  if (v instanceof PyList) return { list: v.items.map(encode) };
  if (v instanceof PyTuple) return { tuple: v.items.map(encode) };
  if (v instanceof PyDict) return { dict: [...v.entries()].map(([k, x]) => [encode(k), encode(x)]) };
  return { unknown: typeName(v) };
}

function callMethod(self: PyObject, name: string, args: PyObject[], kwnames: string[] | null): PyObject {
  const d = typeOf(self).lookup(name);
  if (d instanceof PyMethodDescriptor) {
    if (!d.varargs) return d.fn(self, args, kwnames);
    // The fixtures call through a bound method (getattr(s, name)(...)): a METH_VARARGS method's
    // errors name it alone there ("find() takes no keyword arguments"), as md.descrGet's do.
    try {
      return d.fn(self, args, kwnames);
    } catch (e) {
      const qual = `${d.owner.name}.${name}()`;
      const msg = isPyException(e) && typeOf(e) === E.TypeError ? e.args.items[0] : undefined;
      if (typeof msg === 'string' && msg.startsWith(qual)) throw newError(E.TypeError, `${name}()${msg.slice(qual.length)}`);
      throw e;
    }
  }
  if (d instanceof PyNativeClassMethod) return d.fn(typeOf(self), args, kwnames);
  throw new Error(`no method ${typeName(self)}.${name}`);
}

const CMP: Record<string, CmpOp> = { '<': CmpOp.LT, '<=': CmpOp.LE, '==': CmpOp.EQ, '!=': CmpOp.NE, '>': CmpOp.GT, '>=': CmpOp.GE };

/** format() for ints with a 'd' (or no) type, built from the format-spec helpers. */
function intFormat(n: PyObject, specText: string): string {
  const spec = parseFormatSpec(specText, 'int', '>', 'd');
  if (spec.noNegZero) throw newError(E.ValueError, 'Negative zero coercion (z) not allowed in integer format specifier');
  const v = typeof n === 'bigint' ? n : BigInt(n as number);
  const neg = v < 0n;
  return formatNumber(spec, neg, '', (neg ? -v : v).toString(), '');
}

/** format() for finite floats with an e/f/g/% type, built from the format-spec helpers. */
function floatFormat(x: number, specText: string): string {
  const spec = parseFormatSpec(specText, 'float', '>', '');
  const text = formatFloat(Math.abs(x), spec.type as FloatFormatType, spec.precision, spec.alternate);
  let neg = x < 0 || Object.is(x, -0);
  if (spec.noNegZero && !/[1-9]/.test(text.replace(/e.*$/, ''))) neg = false;
  const m = /^(\d*)(.*)$/.exec(text)!;
  return formatNumber(spec, neg, '', m[1], m[2]);
}

export function run(op: string, rawArgs: Json[], kw: Record<string, Json>): PyObject {
  const args = rawArgs.map(decode);
  const kwnames = Object.keys(kw);
  const kwvals = kwnames.map((k) => decode(kw[k]));
  const all = [...args, ...kwvals];
  const names = kwnames.length ? kwnames : null;
  if (op.startsWith('m:')) return callMethod(args[0], op.slice(2), [...args.slice(1), ...kwvals], names);
  if (op.startsWith('mut:')) {
    const r = callMethod(args[0], op.slice(4), [...args.slice(1), ...kwvals], names);
    return new PyList([r, args[0]]);
  }
  if (op.startsWith('static:')) {
    const [t, name] = op.slice(7).split('.');
    const d = T[t].dict.getStr(name);
    if (d instanceof PyNativeClassMethod) return d.fn(T[t], all, names);
    if (d instanceof PyStaticMethod && d.func instanceof PyBuiltinFunction) return d.func.fn(all, names);
    throw new Error('no static ' + op);
  }
  if (op.startsWith('new:')) {
    const t = op.slice(4);
    if (t === 'str') return strNew(T.str, all, names);
    if (t === 'bytes') return bytesNew(T.bytes, all, names);
    const ba = bytearrayNew(T.bytearray, all, names);
    bytearrayInit(ba, all, names);
    return ba;
  }
  if (op.startsWith('cmp:')) return isTrue(richCompare(args[0], args[1], CMP[op.slice(4)]));
  const [a, b, c] = args;
  switch (op) {
    case 'getitem': return typeOf(a).slots.getitem!(a, b);
    case 'len': return typeOf(a).slots.len!(a);
    case 'contains': return typeOf(a).slots.contains!(a, b);
    case 'iter': {
      const it = getIter(a);
      const out: PyObject[] = [];
      for (let x = iterNext(it); x !== undefined; x = iterNext(it)) out.push(x);
      return new PyList(out);
    }
    case 'add': return binaryOp(a, b, 'add');
    case 'mul': return binaryOp(a, b, 'mul');
    case 'mod': return binaryOp(a, b, 'mod');
    case 'hasheq': return hashOf(a) === hashOf(b);
    case 'repr': return repr(a);
    case 'str': return str(a);
    case 'ascii': return asciiOf(a);
    case 'format': return formatValue(a, b as string);
    case 'intfmt': return intFormat(a, b as string);
    case 'floatfmt': return floatFormat((a as PyFloat).value, b as string);
    case 'fmtfloat': return formatFloat((a as PyFloat).value, b as FloatFormatType, c as number, args[3] as boolean);
    case 'setitem':
      typeOf(a).slots.setitem!(a, b, c);
      return a;
    case 'delitem':
      typeOf(a).slots.setitem!(a, b, null);
      return a;
    case 'iadd': return inplaceOp(a, b, 'add');
    case 'imul': return inplaceOp(a, b, 'mul');
  }
  throw new Error('unknown op ' + op);
}

function outcome(op: string, args: Json[], kw: Record<string, Json>): Json {
  try {
    return encode(run(op, args, kw));
  } catch (e) {
    if (isPyException(e)) {
      const a = e.args.items;
      return { exc: e.cls.name, msg: a.length === 1 ? encode(a[0]) : (unicodeErrorMessage(e) ?? '') };
    }
    return { jsError: String(e instanceof Error ? e.stack : e) };
  }
}

/** Runs every case of a fixture file; returns descriptions of the mismatches. */
export function runFixture(file: string, filter: (c: Case) => boolean = () => true): { total: number; failures: string[] } {
  const cases = readFixture<Case[]>(file).filter(filter);
  const failures: string[] = [];
  for (const [op, args, kw, expected] of cases) {
    const got = outcome(op, args, kw);
    if (JSON.stringify(got) !== JSON.stringify(expected)) {
      failures.push(`${op} ${JSON.stringify(args)} ${JSON.stringify(kw)}\n    expected ${JSON.stringify(expected)}\n    got      ${JSON.stringify(got)}`);
    }
  }
  return { total: cases.length, failures };
}
