// The `cmath` module (CPython 3.11): complex versions of the elementary functions with C99
// Annex G's special values (infinities, NaNs, signed zeros), CPython's branch cuts and its
// error rule: a result flagged EDOM raises ValueError('math domain error'), one flagged ERANGE
// raises OverflowError('math range error'). The float kernels are math.ts's (correctly rounded
// exp/log/sin/cos/atan2/hypot, fdlibm sinh/cosh/asinh), so results print as CPython's do.
//
// Finite arguments use the usual cancellation-free formulas: sqrt from a scaled hypot, log via
// log1p near the unit circle, the inverse functions from products of square roots (Kahan), and
// a rescaled path for huge arguments where the naive formulas would overflow.

import type { PyObject } from '../objects/object.js';
import { PyFloat, newFloat } from '../objects/float.js';
import { PyComplex, newComplex, tryComplexSpecial } from '../objects/complex.js';
import { PyTuple } from '../objects/tuple.js';
import { E, newError } from '../objects/exception.js';
import { nativeFunction, type NativeCall } from '../objects/native.js';
import { toFloat } from '../objects/float-type.js';
import { PyModule } from '../runtime/module.js';
import { oneArg, checkCount, bindArgs, signature, noKeywords } from '../builtins/args.js';
import { mathKernels, libm } from './math.js';

type C = [number, number];

const DBL_MAX = Number.MAX_VALUE;
const DBL_MIN = 2.2250738585072014e-308;
const LARGE = DBL_MAX / 4;
const SQRT_LARGE = Math.sqrt(LARGE);
const LOG_LARGE = mathKernels.log(LARGE);
const SQRT_DBL_MIN = Math.sqrt(DBL_MIN);
const LN2 = 0.6931471805599453;
const LN10 = 2.302585092994046;
const PI = Math.PI;
const HALF_PI = PI / 2;
const INF = Infinity;

const exp = mathKernels.exp;
const log = libm.log;
const sin = mathKernels.sin;
const cos = mathKernels.cos;
const tan = mathKernels.tan;
const atan2 = mathKernels.atan2;
const sinh = mathKernels.sinh;
const cosh = mathKernels.cosh;
const asinh = mathKernels.asinh;
/** libm's hypot, with tiny arguments scaled up first so subnormals keep their precision. */
function hypot(x: number, y: number): number {
  if (Math.abs(x) < 2 ** -900 && Math.abs(y) < 2 ** -900) return libm.hypot(x * 2 ** 600, y * 2 ** 600) * 2 ** -600;
  return libm.hypot(x, y);
}

// errno of the last kernel call: '' (fine), 'EDOM' or 'ERANGE'.
let errno: '' | 'EDOM' | 'ERANGE' = '';

const isNaN_ = (v: number): boolean => v !== v;
const isInf = (v: number): boolean => v === INF || v === -INF;
const fin = (v: number): boolean => isFinite(v);
const negZero = (v: number): boolean => v === 0 && 1 / v < 0;

function copysign(x: number, y: number): number {
  const neg = y < 0 || negZero(y);
  const a = Math.abs(x);
  return neg ? -a : a;
}

function ldexp(x: number, n: number): number {
  return x * 2 ** n;
}

// ---- square root, exponential, logarithm -------------------------------------------------

function cSqrt(x: number, y: number): C {
  errno = '';
  if (!fin(x) || !fin(y)) {
    if (isInf(y)) return [INF, y];
    if (x === -INF) return isNaN_(y) ? [NaN, INF] : [0, copysign(INF, y)];
    if (x === INF) return isNaN_(y) ? [INF, NaN] : [INF, copysign(0, y)];
    return [NaN, NaN];
  }
  if (x === 0 && y === 0) return [0, y];
  let ax = Math.abs(x);
  const ay = Math.abs(y);
  let s: number;
  if (ax < DBL_MIN && ay < DBL_MIN) {
    // Subnormal parts: scale up so hypot keeps its precision.
    ax = ldexp(ax, 53);
    s = ldexp(Math.sqrt(ax + hypot(ax, ldexp(ay, 53))), -27);
  } else {
    ax /= 8;
    s = 2 * Math.sqrt(ax + hypot(ax, ay / 8));
  }
  const d = ay / (2 * s);
  return x >= 0 ? [s, copysign(d, y)] : [d, copysign(s, y)];
}

function cExp(x: number, y: number): C {
  errno = '';
  if (!fin(x) || !fin(y)) {
    if (x === -INF) return fin(y) ? [copysign(0, cos(y)), copysign(0, sin(y))] : [0, 0];
    if (x === INF) {
      if (fin(y)) return y === 0 ? [INF, y] : [copysign(INF, cos(y)), copysign(INF, sin(y))];
      if (isInf(y)) {
        errno = 'EDOM';
        return [INF, NaN];
      }
      return [INF, NaN];
    }
    if (isNaN_(x)) return y === 0 ? [NaN, y] : [NaN, NaN];
    if (isInf(y)) errno = 'EDOM';
    return [NaN, NaN];
  }
  let re: number;
  let im: number;
  if (x > LOG_LARGE) {
    const l = exp(x - 1);
    re = l * cos(y) * Math.E;
    im = l * sin(y) * Math.E;
  } else {
    const l = exp(x);
    re = l * cos(y);
    im = l * sin(y);
  }
  if (isInf(re) || isInf(im)) errno = 'ERANGE';
  return [re, im];
}

function cLog(x: number, y: number): C {
  errno = '';
  if (!fin(x) || !fin(y)) {
    if (isInf(x) || isInf(y)) return isNaN_(x) || isNaN_(y) ? [INF, NaN] : [INF, atan2(y, x)];
    return [NaN, NaN];
  }
  const ax = Math.abs(x);
  const ay = Math.abs(y);
  let re: number;
  if (ax > LARGE || ay > LARGE) re = log(hypot(ax / 2, ay / 2)) + LN2;
  else if (ax < DBL_MIN && ay < DBL_MIN) {
    if (ax > 0 || ay > 0) re = log(hypot(ldexp(ax, 53), ldexp(ay, 53))) - 53 * LN2;
    else {
      errno = 'EDOM';
      re = -INF;
    }
  } else {
    const h = hypot(ax, ay);
    if (h >= 0.71 && h <= 1.73) {
      const am = ax > ay ? ax : ay;
      const an = ax > ay ? ay : ax;
      re = Math.log1p((am - 1) * (am + 1) + an * an) / 2;
    } else re = log(h);
  }
  return [re, atan2(y, x)];
}

function cLog10(x: number, y: number): C {
  const [re, im] = cLog(x, y);
  return [re / LN10, im / LN10];
}

/** CPython's complex division (_Py_c_quot): a zero divisor flags EDOM instead of raising. */
function cQuot(a: C, b: C): C {
  const absRe = Math.abs(b[0]);
  const absIm = Math.abs(b[1]);
  if (absRe >= absIm) {
    if (absRe === 0) {
      errno = 'EDOM';
      return [0, 0];
    }
    const ratio = b[1] / b[0];
    const denom = b[0] + b[1] * ratio;
    return [(a[0] + a[1] * ratio) / denom, (a[1] - a[0] * ratio) / denom];
  }
  if (absIm >= absRe) {
    const ratio = b[0] / b[1];
    const denom = b[0] * ratio + b[1];
    return [(a[0] * ratio + a[1]) / denom, (a[1] * ratio - a[0]) / denom];
  }
  return [NaN, NaN];
}

// ---- inverse functions ---------------------------------------------------------------------

function cAcos(x: number, y: number): C {
  errno = '';
  if (!fin(x) || !fin(y)) {
    if (isInf(x)) {
      if (isNaN_(y)) return [NaN, INF];
      const re = isInf(y) ? (x < 0 ? 0.75 * PI : 0.25 * PI) : x < 0 ? PI : 0;
      return [re, -copysign(INF, y)];
    }
    if (isInf(y)) return [isNaN_(x) ? NaN : HALF_PI, -copysign(INF, y)];
    if (x === 0) return [HALF_PI, NaN];
    return [NaN, NaN];
  }
  if (Math.abs(x) > LARGE || Math.abs(y) > LARGE) {
    const re = atan2(Math.abs(y), x);
    const l = log(hypot(x / 2, y / 2)) + LN2 * 2;
    return [re, x < 0 ? -copysign(l, y) : copysign(l, -y)];
  }
  const s1 = cSqrt(1 - x, -y);
  const s2 = cSqrt(1 + x, y);
  return [2 * atan2(s1[0], s2[0]), asinh(s2[0] * s1[1] - s2[1] * s1[0])];
}

function cAcosh(x: number, y: number): C {
  errno = '';
  if (!fin(x) || !fin(y)) return cLog(x, y);
  if (Math.abs(x) > LARGE || Math.abs(y) > LARGE) return [log(hypot(x / 2, y / 2)) + LN2 * 2, atan2(y, x)];
  const s1 = cSqrt(x - 1, y);
  const s2 = cSqrt(x + 1, y);
  return [asinh(s1[0] * s2[0] + s1[1] * s2[1]), 2 * atan2(s1[1], s2[0])];
}

function cAsinh(x: number, y: number): C {
  errno = '';
  if (!fin(x) || !fin(y)) {
    if (isInf(x)) {
      if (isNaN_(y)) return [x, NaN];
      return [x, isInf(y) ? copysign(0.25 * PI, y) : copysign(0, y)];
    }
    if (isInf(y)) return [isNaN_(x) ? INF : copysign(INF, x), isNaN_(x) ? NaN : copysign(HALF_PI, y)];
    if (isNaN_(x) && y === 0) return [NaN, y];
    return [NaN, NaN];
  }
  if (Math.abs(x) > LARGE || Math.abs(y) > LARGE) {
    const l = log(hypot(x / 2, y / 2)) + LN2 * 2;
    return [y >= 0 ? copysign(l, x) : -copysign(l, -x), atan2(y, Math.abs(x))];
  }
  const s1 = cSqrt(1 + y, -x);
  const s2 = cSqrt(1 - y, x);
  return [asinh(s1[0] * s2[1] - s2[0] * s1[1]), atan2(y, s1[0] * s2[0] - s1[1] * s2[1])];
}

function cAsin(x: number, y: number): C {
  const s = cAsinh(-y, x);
  return [s[1], -s[0]];
}

function cAtanh(x: number, y: number): C {
  errno = '';
  if (!fin(x) || !fin(y)) {
    if (isInf(x)) return [copysign(0, x), isNaN_(y) ? NaN : copysign(HALF_PI, y)];
    if (isInf(y)) return [isNaN_(x) ? 0 : copysign(0, x), copysign(HALF_PI, y)];
    if (x === 0) return [x, NaN];
    return [NaN, NaN];
  }
  if (x < 0) {
    const r = cAtanh(-x, -y);
    return [-r[0], -r[1]];
  }
  const ay = Math.abs(y);
  if (x > SQRT_LARGE || ay > SQRT_LARGE) {
    const h = hypot(x / 2, y / 2);
    return [x / 4 / h / h, -copysign(HALF_PI, -y)];
  }
  if (x === 1 && ay < SQRT_DBL_MIN) {
    if (ay === 0) {
      errno = 'EDOM';
      return [INF, y];
    }
    return [-log(Math.sqrt(ay) / Math.sqrt(hypot(ay, 2))), copysign(atan2(2, -ay) / 2, y)];
  }
  const re = Math.log1p((4 * x) / ((1 - x) * (1 - x) + ay * ay)) / 4;
  const im = -atan2(-2 * y, (1 - x) * (1 + x) - ay * ay) / 2;
  return [re, im];
}

function cAtan(x: number, y: number): C {
  const s = cAtanh(-y, x);
  return [s[1], -s[0]];
}

// ---- hyperbolic and trigonometric functions --------------------------------------------------

function cCosh(x: number, y: number): C {
  errno = '';
  if (!fin(x) || !fin(y)) {
    if (isInf(x)) {
      if (fin(y)) {
        if (y === 0) return [INF, x < 0 ? -y : y];
        return [copysign(INF, cos(y)), copysign(INF, sin(y)) * (x < 0 ? -1 : 1)];
      }
      if (isInf(y)) errno = 'EDOM';
      return [INF, NaN];
    }
    if (isInf(y)) {
      if (!isNaN_(x)) errno = 'EDOM';
      return [NaN, NaN];
    }
    if (x === 0 || (isNaN_(x) && y === 0)) return [NaN, 0];
    return [NaN, NaN];
  }
  let re: number;
  let im: number;
  if (Math.abs(x) > LOG_LARGE) {
    const xm1 = x - copysign(1, x);
    re = cos(y) * cosh(xm1) * Math.E;
    im = sin(y) * sinh(xm1) * Math.E;
  } else {
    re = cos(y) * cosh(x);
    im = sin(y) * sinh(x);
  }
  if (isInf(re) || isInf(im)) errno = 'ERANGE';
  return [re, im];
}

function cSinh(x: number, y: number): C {
  errno = '';
  if (!fin(x) || !fin(y)) {
    if (isInf(x)) {
      if (fin(y)) {
        if (y === 0) return [x, y];
        return [copysign(INF, cos(y)) * (x < 0 ? -1 : 1), copysign(INF, sin(y))];
      }
      if (isInf(y)) errno = 'EDOM';
      return [INF, NaN];
    }
    if (isInf(y)) {
      if (!isNaN_(x)) errno = 'EDOM';
      return [NaN, NaN];
    }
    if (x === 0) return [0, NaN];
    if (isNaN_(x) && y === 0) return [NaN, y];
    return [NaN, NaN];
  }
  let re: number;
  let im: number;
  if (Math.abs(x) > LOG_LARGE) {
    const xm1 = x - copysign(1, x);
    re = cos(y) * sinh(xm1) * Math.E;
    im = sin(y) * cosh(xm1) * Math.E;
  } else {
    re = cos(y) * sinh(x);
    im = sin(y) * cosh(x);
  }
  if (isInf(re) || isInf(im)) errno = 'ERANGE';
  return [re, im];
}

function cTanh(x: number, y: number): C {
  errno = '';
  if (!fin(x) || !fin(y)) {
    if (isInf(x)) return [copysign(1, x), fin(y) ? copysign(0, 2 * sin(y) * cos(y)) : 0];
    if (isInf(y)) {
      if (!isNaN_(x)) errno = 'EDOM';
      return [NaN, NaN];
    }
    if (isNaN_(x) && y === 0) return [NaN, y];
    return [NaN, NaN];
  }
  if (Math.abs(x) > LOG_LARGE) {
    return [copysign(1, x), 4 * sin(y) * cos(y) * exp(-2 * Math.abs(x))];
  }
  const tx = mathKernels.tanh(x);
  const ty = tan(y);
  const cx = 1 / cosh(x);
  const txty = tx * ty;
  const denom = 1 + txty * txty;
  return [(tx * (1 + ty * ty)) / denom, ((ty / denom) * cx) * cx];
}

// cos z = cosh iz, sin z = -i sinh iz, tan z = -i tanh iz.
const cCos = (x: number, y: number): C => cCosh(-y, x);

function cSin(x: number, y: number): C {
  const s = cSinh(-y, x);
  return [s[1], -s[0]];
}

function cTan(x: number, y: number): C {
  const s = cTanh(-y, x);
  return [s[1], -s[0]];
}

function cRect(r: number, phi: number): C {
  errno = '';
  if (!fin(r) || !fin(phi)) {
    if (isInf(r)) {
      if (fin(phi)) {
        if (phi === 0) return [r, r < 0 ? -phi : phi];
        return [r * cos(phi), r * sin(phi)];
      }
      if (isInf(phi)) errno = 'EDOM';
      return [INF, NaN];
    }
    if (r === 0) return [0, 0];
    if (isNaN_(r)) return phi === 0 ? [NaN, 0] : [NaN, NaN];
    if (isInf(phi)) errno = 'EDOM';
    return [NaN, NaN];
  }
  if (phi === 0) return [r, r * phi];
  return [r * cos(phi), r * sin(phi)];
}

// ---- argument conversion and the module -----------------------------------------------------

/** PyComplex_AsCComplex: complex, then __complex__, then float(). */
function asC(v: PyObject): C {
  if (v instanceof PyComplex) return [v.re, v.im];
  if (v instanceof PyFloat) return [v.value, 0];
  if (typeof v === 'number') return [v, 0];
  const c = tryComplexSpecial(v);
  if (c !== undefined) return [c.re, c.im];
  return [toFloat(v), 0];
}

function asDouble(v: PyObject): number {
  if (v instanceof PyFloat) return v.value;
  if (typeof v === 'number') return v;
  return toFloat(v);
}

function raiseErrno(): void {
  if (errno === 'EDOM') throw newError(E.ValueError, 'math domain error');
  if (errno === 'ERANGE') throw newError(E.OverflowError, 'math range error');
}

function unary(name: string, f: (x: number, y: number) => C): NativeCall {
  const full = `cmath.${name}`;
  return (args, kw) => {
    const [x, y] = asC(oneArg(full, args, kw));
    errno = '';
    const r = f(x, y);
    raiseErrno();
    return newComplex(r[0], r[1]);
  };
}

function cmathLog(args: PyObject[], kw: string[] | null): PyObject {
  noKeywords('cmath.log', kw);
  checkCount('log', args.length, 1, 2);
  const z = asC(args[0]);
  errno = '';
  let r = cLog(z[0], z[1]);
  if (args.length === 2) {
    // As in CPython, only the base's logarithm and the division decide the error: log(0, 2)
    // is (-inf+nanj), not a domain error.
    const b = asC(args[1]);
    const lb = cLog(b[0], b[1]);
    r = cQuot(r, lb);
  }
  raiseErrno();
  return newComplex(r[0], r[1]);
}

function cmathPhase(args: PyObject[], kw: string[] | null): PyObject {
  const [x, y] = asC(oneArg('cmath.phase', args, kw));
  return newFloat(atan2(y, x));
}

function cAbs(x: number, y: number): number {
  if (isInf(x) || isInf(y)) return INF;
  if (isNaN_(x) || isNaN_(y)) return NaN;
  return hypot(x, y);
}

function cmathPolar(args: PyObject[], kw: string[] | null): PyObject {
  const [x, y] = asC(oneArg('cmath.polar', args, kw));
  const r = cAbs(x, y);
  if (isInf(r) && fin(x) && fin(y)) throw newError(E.OverflowError, 'math range error');
  return new PyTuple([newFloat(r), newFloat(atan2(y, x))]);
}

function cmathRect(args: PyObject[], kw: string[] | null): PyObject {
  noKeywords('cmath.rect', kw);
  checkCount('rect', args.length, 2, 2);
  const r = asDouble(args[0]);
  const phi = asDouble(args[1]);
  const z = cRect(r, phi);
  raiseErrno();
  return newComplex(z[0], z[1]);
}

const ISCLOSE_SIG = signature('isclose', ['a', 'b', 'rel_tol', 'abs_tol'], 0, 2, 2);

function cmathIsclose(args: PyObject[], kw: string[] | null): PyObject {
  const [aArg, bArg, relArg, absArg] = bindArgs(ISCLOSE_SIG, args, kw);
  const a = asC(aArg!);
  const b = asC(bArg!);
  const relTol = relArg === undefined ? 1e-9 : asDouble(relArg);
  const absTol = absArg === undefined ? 0 : asDouble(absArg);
  if (relTol < 0 || absTol < 0) throw newError(E.ValueError, 'tolerances must be non-negative');
  if (a[0] === b[0] && a[1] === b[1]) return true;
  if (isInf(a[0]) || isInf(a[1]) || isInf(b[0]) || isInf(b[1])) return false;
  const diff = cAbs(b[0] - a[0], b[1] - a[1]);
  return diff <= relTol * cAbs(b[0], b[1]) || diff <= relTol * cAbs(a[0], a[1]) || diff <= absTol;
}

function predicate(name: string, f: (x: number, y: number) => boolean): NativeCall {
  const full = `cmath.${name}`;
  return (args, kw) => {
    const [x, y] = asC(oneArg(full, args, kw));
    return f(x, y);
  };
}

/** Builds the `cmath` module. */
export function makeCmathModule(): PyModule {
  const mod = new PyModule('cmath');
  const d = mod.dict;
  d.setStr('__doc__', 'Mathematical functions for complex numbers (C99 Annex G special values).');
  const fns: Record<string, NativeCall> = {
    acos: unary('acos', cAcos),
    acosh: unary('acosh', cAcosh),
    asin: unary('asin', cAsin),
    asinh: unary('asinh', cAsinh),
    atan: unary('atan', cAtan),
    atanh: unary('atanh', cAtanh),
    cos: unary('cos', cCos),
    cosh: unary('cosh', cCosh),
    exp: unary('exp', cExp),
    isclose: cmathIsclose,
    isfinite: predicate('isfinite', (x, y) => fin(x) && fin(y)),
    isinf: predicate('isinf', (x, y) => isInf(x) || isInf(y)),
    isnan: predicate('isnan', (x, y) => isNaN_(x) || isNaN_(y)),
    log: cmathLog,
    log10: unary('log10', cLog10),
    phase: cmathPhase,
    polar: cmathPolar,
    rect: cmathRect,
    sin: unary('sin', cSin),
    sinh: unary('sinh', cSinh),
    sqrt: unary('sqrt', cSqrt),
    tan: unary('tan', cTan),
    tanh: unary('tanh', cTanh),
  };
  for (const name in fns) d.setStr(name, nativeFunction(name, fns[name]));
  d.setStr('pi', newFloat(PI));
  d.setStr('e', newFloat(Math.E));
  d.setStr('tau', newFloat(2 * PI));
  d.setStr('inf', newFloat(INF));
  d.setStr('infj', newComplex(0, INF));
  d.setStr('nan', newFloat(NaN));
  d.setStr('nanj', newComplex(0, NaN));
  return mod;
}

