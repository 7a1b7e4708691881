// Numeric builtins: abs, divmod, pow, round, sum, bin, oct, hex (Python/bltinmodule.c and
// CPython's ternary_op in Objects/abstract.c for pow).

import type { PyObject } from '../objects/object.js';
import { T } from '../objects/types.js';
import { PyFloat, newFloat } from '../objects/float.js';
import { None, NotImplemented } from '../objects/singletons.js';
import { typeOf, typeName, typeError, binaryOp, getIter } from '../objects/protocol.js';
import { lookupSpecial, callFoundMethod } from '../objects/dunder.js';
import { indexOf, floatToInt } from '../objects/int-type.js';
import { roundFloat } from '../objects/float-type.js';
import { PyTuple, PyList } from '../objects/tuple.js';
import { intAdd, safeFloorDiv, safeMod } from '../objects/int.js';
import { oneArg, positional, bindArgs, signature } from './args.js';
import { forEachItem } from './iterate.js';

export function builtinAbs(args: PyObject[], kwnames: string[] | null): PyObject {
  return absOf(oneArg('abs', args, kwnames));
}

/** abs(v) (also builtins' abs without the argument array, PyBuiltinFunction.f1). */
export function absOf(v: PyObject): PyObject {
  if (typeof v === 'number') return v < 0 ? -v : v;
  const f = typeOf(v).slots.abs;
  if (f === undefined) typeError(`bad operand type for abs(): '${typeName(v)}'`);
  return f(v);
}

export function builtinDivmod(args: PyObject[], kwnames: string[] | null): PyObject {
  positional('divmod', args, kwnames, 2, 2);
  const a = args[0];
  const b = args[1];
  // Two safe ints (b nonzero): the floor quotient and remainder directly, no slot dispatch.
  if (typeof a === 'number' && typeof b === 'number' && b !== 0) return new PyTuple([safeFloorDiv(a, b), safeMod(a, b)]);
  return binaryOp(a, b, 'divmod');
}

/** pow(a, b, m) / a ** b with CPython's ternary_op operand order; m is None for two operands. */
export function powerOp(a: PyObject, b: PyObject, m: PyObject = None): PyObject {
  const ta = typeOf(a);
  const tb = typeOf(b);
  const fa = ta.slots.pow;
  let fb = ta === tb ? undefined : tb.slots.pow;
  if (fb === fa) fb = undefined;
  if (fa !== undefined) {
    if (fb !== undefined && tb.isSubtype(ta)) {
      const r = fb(a, b, m);
      if (r !== NotImplemented) return r;
      fb = undefined;
    }
    const r = fa(a, b, m);
    if (r !== NotImplemented) return r;
  }
  if (fb !== undefined) {
    const r = fb(a, b, m);
    if (r !== NotImplemented) return r;
  }
  if (m !== None) {
    const fm = typeOf(m).slots.pow;
    if (fm !== undefined && fm !== fa && fm !== fb) {
      const r = fm(a, b, m);
      if (r !== NotImplemented) return r;
    }
    typeError(`unsupported operand type(s) for ** or pow(): '${ta.name}', '${tb.name}', '${typeName(m)}'`);
  }
  typeError(`unsupported operand type(s) for ** or pow(): '${ta.name}' and '${tb.name}'`);
}

const POW_SIG = signature('pow', ['base', 'exp', 'mod'], 0, 2);

export function builtinPow(args: PyObject[], kwnames: string[] | null): PyObject {
  const [base, exp, mod] = bindArgs(POW_SIG, args, kwnames);
  return powerOp(base!, exp!, mod ?? None);
}

const ROUND_SIG = signature('round', ['number', 'ndigits'], 0, 1);

export function builtinRound(args: PyObject[], kwnames: string[] | null): PyObject {
  if (kwnames === null) {
    // round(int), round(float) and round(float, int): what their __round__ does, without the
    // special-method lookup and call.
    const x = args[0];
    if (args.length === 1) {
      if (typeof x === 'number') return x;
      if (x instanceof PyFloat && x.cls === T.float) return floatToInt(roundFloat(x.value, 0));
    } else if (args.length === 2 && x instanceof PyFloat && x.cls === T.float && typeof args[1] === 'number') {
      return newFloat(roundFloat(x.value, args[1] as number));
    }
  }
  const [number, ndigits] = bindArgs(ROUND_SIG, args, kwnames);
  const x = number!;
  const m = lookupSpecial(x, '__round__');
  if (m === undefined) typeError(`type ${typeName(x)} doesn't define __round__ method`);
  if (ndigits === undefined || ndigits === None) return callFoundMethod(m, x, []);
  return callFoundMethod(m, x, [ndigits]);
}

const SUM_SIG = signature('sum', ['iterable', 'start'], 1, 1);

/**
 * sum() of an exact list or tuple of ints whose running sum stays safe, optionally followed by
 * exact floats (and more ints) from the first float on, as CPython's int then float fast paths
 * add them; undefined for anything else (the general loop below starts over: nothing was called).
 */
/** Where the last sum kernel stopped: the index of the first item it did not add, -1 for "give up". */
let sumStop = 0;

/** The sum of the leading exact ints of items (a loop kernel: docs/native-loops.md); sumStop is
 *  where they end, or -1 when the sum leaves the safe-integer range. */
function sumLeadingInts(items: PyObject[], n: number): number {
  let acc = 0;
  let i = 0;
  for (; i < n; i++) {
    const v = items[i];
    if (typeof v !== 'number') break;
    const r = acc + v;
    if (!Number.isSafeInteger(r)) {
      sumStop = -1;
      return 0;
    }
    acc = r;
  }
  sumStop = i;
  return acc;
}

/** f plus items[i..n), all exact floats or ints (a loop kernel); NaN with sumStop -1 otherwise. */
function sumFloatsFrom(items: PyObject[], i: number, n: number, f: number): number {
  for (; i < n; i++) {
    const v = items[i];
    if (v instanceof PyFloat && v.cls === T.float) f += v.value;
    else if (typeof v === 'number') f += v;
    else {
      sumStop = -1;
      return NaN;
    }
  }
  sumStop = n;
  return f;
}

/** sum() of a list/tuple of exact ints and floats, or undefined (something else, or big ints). */
function sumNumbers(items: PyObject[]): PyObject | undefined {
  const n = items.length;
  const acc = sumLeadingInts(items, n);
  if (sumStop < 0) return undefined;
  if (sumStop === n) return acc;
  const f = sumFloatsFrom(items, sumStop, n, acc);
  return sumStop < 0 ? undefined : newFloat(f);
}

/**
 * sum(iterable, /, start=0). CPython 3.11 adds left to right (no compensated summation; that
 * came in 3.12), with fast paths for exact ints and floats that give the same results as
 * repeated `+`; anything else goes through the generic add.
 */
export function builtinSum(args: PyObject[], kwnames: string[] | null): PyObject {
  if (kwnames === null && args.length === 1) {
    const seq = args[0];
    if ((seq instanceof PyList && seq.cls === T.list) || (seq instanceof PyTuple && seq.cls === T.tuple)) {
      const r = sumNumbers(seq.items);
      if (r !== undefined) return r;
    }
  }
  const [iterable, startArg] = kwnames === null && args.length === 1 ? [args[0], undefined] : bindArgs(SUM_SIG, args, kwnames);
  let result: PyObject = startArg ?? 0;
  // builtin_sum_impl takes the iterator before looking at start: a non-iterable is reported first.
  if (typeOf(iterable!).slots.iter === undefined) getIter(iterable!);
  if (typeof result !== 'number' && typeof result !== 'bigint' && typeof result !== 'boolean') {
    const t = typeOf(result);
    if (t.isSubtype(T.str)) typeError("sum() can't sum strings [use ''.join(seq) instead]");
    if (t.isSubtype(T.bytes)) typeError("sum() can't sum bytes [use b''.join(seq) instead]");
    if (t.isSubtype(T.bytearray)) typeError("sum() can't sum bytearray [use b''.join(seq) instead]");
  }
  // 0: exact int accumulation, 1: float accumulation, 2: generic.
  let mode = typeof result === 'number' || typeof result === 'bigint' ? 0 : result instanceof PyFloat && result.cls === T.float ? 1 : 2;
  let ires: number | bigint = mode === 0 ? (result as number | bigint) : 0;
  let fres = mode === 1 ? (result as PyFloat).value : 0;
  // (The items the common cases take, with no Python code run: forEachItem's `quick`.)
  const quick = (item: PyObject): boolean => {
    if (mode === 0) {
      if (typeof item === 'number' && typeof ires === 'number') {
        const r = ires + item;
        if (Number.isSafeInteger(r)) {
          ires = r;
          return true;
        }
      }
      return false;
    }
    if (mode === 1) {
      if (item instanceof PyFloat && item.cls === T.float) {
        fres += item.value;
        return true;
      }
      if (typeof item === 'number') {
        fres += item;
        return true;
      }
    }
    return false;
  };
  forEachItem(iterable!, (item) => {
    if (mode === 0) {
      if (typeof item === 'number') {
        if (typeof ires === 'number') {
          const r = ires + item;
          ires = Number.isSafeInteger(r) ? r : intAdd(ires, item);
        } else ires = intAdd(ires, item);
        return;
      }
      if (typeof item === 'boolean') {
        ires = intAdd(ires, item ? 1 : 0);
        return;
      }
      if (typeof item === 'bigint') {
        ires = intAdd(ires, item);
        return;
      }
      result = binaryOp(ires, item, 'add');
      mode = result instanceof PyFloat && result.cls === T.float ? 1 : 2;
      if (mode === 1) fres = (result as PyFloat).value;
      return;
    }
    if (mode === 1) {
      if (item instanceof PyFloat && item.cls === T.float) {
        fres += item.value;
        return;
      }
      if (typeof item === 'number') {
        fres += item;
        return;
      }
      if (typeof item === 'boolean') {
        fres += item ? 1 : 0;
        return;
      }
      result = binaryOp(newFloat(fres), item, 'add');
      if (result instanceof PyFloat && result.cls === T.float) fres = result.value;
      else mode = 2;
      return;
    }
    result = binaryOp(result, item, 'add');
  }, quick);
  if (mode === 0) return ires;
  if (mode === 1) return newFloat(fres);
  return result;
}

function radix(name: string, prefix: string, base: number) {
  return (args: PyObject[], kwnames: string[] | null): PyObject => {
    const v = indexOf(oneArg(name, args, kwnames));
    const neg = v < 0;
    const mag = neg ? -v : v;
    return (neg ? '-' : '') + prefix + mag.toString(base);
  };
}

export const builtinBin = radix('bin', '0b', 2);
export const builtinOct = radix('oct', '0o', 8);
export const builtinHex = radix('hex', '0x', 16);
